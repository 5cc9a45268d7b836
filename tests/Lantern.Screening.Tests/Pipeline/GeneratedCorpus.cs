using System.Text;
using Lantern.Screening.Synthetic;

namespace Lantern.Screening.Tests.Pipeline;

/// <summary>A synthetic corpus and its ground truth, made once per seed and size.</summary>
public sealed record GeneratedCorpus(byte[] Input, IReadOnlyList<TruthRecord> Truth)
{
    public static GeneratedCorpus Make(int ads, int seed)
    {
        var generator = new CorpusGenerator(seed);
        using var input = new MemoryStream();
        var truth = new List<TruthRecord>(ads);
        for (var i = 0; i < ads; i++)
        {
            var (line, record) = generator.Next();
            input.Write(line.Span);
            truth.Add(record);
        }

        return new GeneratedCorpus(input.ToArray(), truth);
    }

    public string Text => Encoding.UTF8.GetString(Input);
}
