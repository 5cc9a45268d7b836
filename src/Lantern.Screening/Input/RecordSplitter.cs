using System.Collections.Concurrent;

namespace Lantern.Screening.Input;

/// <summary>
/// Cuts an input stream into batches of records without decoding it. A record ends at a line
/// break; in CSV mode, line breaks inside double quotes belong to the record. A record over
/// <see cref="MaxRecordBytes"/> is rejected and skipped without being held in memory.
/// </summary>
internal sealed class RecordSplitter(Stream input, bool csv, int blockBytes = RecordSplitter.DefaultBlockBytes)
{
    public const int MaxRecordBytes = 1 << 20;
    public const int DefaultBlockBytes = 4 << 20;

    private readonly ConcurrentBag<byte[]> free = [];

    public long BytesRead { get; private set; }

    public IEnumerable<RecordBatch> Batches()
    {
        var carry = Array.Empty<byte>();
        var carryLength = 0;
        long line = 1;
        var skipping = false;
        var index = 0;

        // Outlives a block only while an over-long record is skipped: its rest must be read with the quotes it is in.
        var quoted = false;
        while (true)
        {
            var buffer = free.TryTake(out var recycled) ? recycled : new byte[Math.Max(blockBytes, MaxRecordBytes * 2)];
            Array.Copy(carry, buffer, carryLength);
            var filled = carryLength;
            int read;
            while (filled < buffer.Length && (read = input.Read(buffer, filled, buffer.Length - filled)) > 0)
            {
                filled += read;
                BytesRead += read;
            }

            var atEnd = filled < buffer.Length;
            var batch = new RecordBatch(index++, buffer);
            var start = 0;
            for (var i = NextBreak(buffer, 0, filled); i >= 0; i = NextBreak(buffer, i + 1, filled))
            {
                if (buffer[i] == (byte)'"')
                {
                    quoted = !quoted;
                }
                else if (!quoted)
                {
                    if (skipping)
                    {
                        skipping = false;
                    }
                    else
                    {
                        AddRecord(batch, buffer, start, i, line);
                    }

                    line += CountLines(buffer, start, i) + 1;
                    start = i + 1;
                }
            }

            var rest = filled - start;
            if (atEnd)
            {
                if (rest > 0 && !skipping)
                {
                    AddRecord(batch, buffer, start, filled, line);
                }

                yield return batch;
                yield break;
            }

            if (skipping || rest > MaxRecordBytes)
            {
                if (!skipping)
                {
                    batch.Rejected.Add(new Rejection(line, $"record longer than {MaxRecordBytes / 1024 / 1024} MB"));
                    skipping = true;
                }

                line += CountLines(buffer, start, filled);
                carryLength = 0;
            }
            else
            {
                // The carried record is read again from its start, outside any quotes.
                carry = buffer[start..filled];
                carryLength = rest;
                quoted = false;
            }

            yield return batch;
        }
    }

    /// <summary>
    /// Gives a batch's buffer back once its records have been screened, so that reading the next
    /// blocks reuses it instead of allocating megabytes (nothing screened keeps a slice of it).
    /// </summary>
    public void Recycle(RecordBatch batch) => free.Add(batch.Buffer);

    /// <summary>The next line break, or in CSV also the next quote, at or after <paramref name="from"/>; -1 when none. A vectorised search, not a byte loop.</summary>
    private int NextBreak(byte[] buffer, int from, int end)
    {
        var span = buffer.AsSpan(from, end - from);
        var found = csv ? span.IndexOfAny((byte)'\n', (byte)'"') : span.IndexOf((byte)'\n');
        return found < 0 ? -1 : from + found;
    }

    private static void AddRecord(RecordBatch batch, byte[] buffer, int start, int end, long line)
    {
        if (end > start && buffer[end - 1] == (byte)'\r')
        {
            end--;
        }

        if (end - start > MaxRecordBytes)
        {
            batch.Rejected.Add(new Rejection(line, $"record longer than {MaxRecordBytes / 1024 / 1024} MB"));
        }
        else if (!IsBlank(buffer.AsSpan(start, end - start)))
        {
            batch.Add(start, end - start, line);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> record) => record.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0;

    /// <summary>Line breaks inside a record (quoted CSV cells) still advance the line count.</summary>
    private static int CountLines(byte[] buffer, int start, int end) => buffer.AsSpan(start, end - start).Count((byte)'\n');
}
