using System.Buffers;
using System.Text.Json;

namespace Lantern.Screening.Output;

/// <summary>
/// Writes items to a stream in order while serializing them in parallel: each window of items is
/// split into one slice per worker, the slices are serialized side by side, then copied out in order.
/// </summary>
internal static class OrderedWriter
{
    private const int Window = 1 << 15;

    public static void Write(Stream stream, int count, int workers, Action<int, ArrayBufferWriter<byte>, Utf8JsonWriter> writeItem)
    {
        var buffers = Enumerable.Range(0, workers).Select(_ => new ArrayBufferWriter<byte>(1 << 20)).ToArray();
        var writers = buffers.Select(b => new Utf8JsonWriter(b, AdJson.Options)).ToArray();
        try
        {
            for (var window = 0; window < count; window += Window)
            {
                var end = Math.Min(count, window + Window);
                var slice = (end - window + workers - 1) / workers;
                Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
                {
                    var buffer = buffers[worker];
                    buffer.ResetWrittenCount();
                    var from = window + (worker * slice);
                    for (var i = from; i < Math.Min(end, from + slice); i++)
                    {
                        writeItem(i, buffer, writers[worker]);
                    }
                });
                foreach (var buffer in buffers)
                {
                    stream.Write(buffer.WrittenSpan);
                }
            }
        }
        finally
        {
            foreach (var writer in writers)
            {
                writer.Dispose();
            }
        }
    }
}
