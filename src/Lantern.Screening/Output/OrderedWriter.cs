using System.Buffers;
using System.Text.Json;

namespace Lantern.Screening.Output;

/// <summary>
/// Writes items to a stream in order while serializing them in parallel: each window of items is
/// split into one slice per worker and the slices are serialized side by side. A window's bytes go
/// to the stream in the background while the next window is serialized into a second set of
/// buffers, so the workers do not wait for the disk.
/// </summary>
internal static class OrderedWriter
{
    private const int Window = 1 << 15;

    public static void Write(Stream stream, int count, int workers, Action<int, ArrayBufferWriter<byte>, Utf8JsonWriter> writeItem)
    {
        var sets = new[] { NewBuffers(workers), NewBuffers(workers) };
        var writers = Enumerable.Range(0, workers).Select(_ => new Utf8JsonWriter(Stream.Null, AdJson.Options)).ToArray();
        var copying = Task.CompletedTask;
        try
        {
            for (var (window, turn) = (0, 0); window < count; window += Window, turn ^= 1)
            {
                var buffers = sets[turn];
                var end = Math.Min(count, window + Window);
                var slice = (end - window + workers - 1) / workers;
                var first = window;
                Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
                {
                    var buffer = buffers[worker];
                    buffer.ResetWrittenCount();
                    var from = first + (worker * slice);
                    for (var i = from; i < Math.Min(end, from + slice); i++)
                    {
                        writeItem(i, buffer, writers[worker]);
                    }
                });

                // The previous window must be out before this one follows it; the set it used is then free again.
                copying.GetAwaiter().GetResult();
                copying = Task.Run(() =>
                {
                    foreach (var buffer in buffers)
                    {
                        stream.Write(buffer.WrittenSpan);
                    }
                });
            }
        }
        finally
        {
            // Rethrows a failed write as itself (an IOException), not wrapped.
            copying.GetAwaiter().GetResult();
            foreach (var writer in writers)
            {
                writer.Dispose();
            }
        }
    }

    private static ArrayBufferWriter<byte>[] NewBuffers(int workers) => [.. Enumerable.Range(0, workers).Select(_ => new ArrayBufferWriter<byte>(1 << 20))];
}
