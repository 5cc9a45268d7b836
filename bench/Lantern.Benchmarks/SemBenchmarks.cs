using BenchmarkDotNet.Attributes;
using Lantern.Statistics.Data;
using Lantern.Statistics.Sem;

namespace Lantern.Benchmarks;

/// <summary>
/// Issue target: at least 20× lavaan's speed for one fit of a model the size of lavaan's
/// PoliticalDemocracy example, and for a 1,000-resample bootstrap of it. The data are parsed once;
/// each operation is the whole fit (parse the syntax, build the table, estimate, infer, fit measures).
/// bench/sem-vs-lavaan.sh runs these beside lavaan.
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
public class SemBenchmarks
{
    private string syntax = "";
    private NumericTable data = default!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Sem");
        syntax = File.ReadAllText(Path.Combine(folder, "political_democracy.lav"));
        data = CsvNumbers.ReadFile(Path.Combine(folder, "PoliticalDemocracy.csv"));
    }

    [Benchmark(Description = "PoliticalDemocracy: one fit")]
    public SemResult Fit() => Check(Sem.Fit(syntax, data));

    [Benchmark(Description = "PoliticalDemocracy: bootstrap, 1000 resamples")]
    public SemResult Bootstrap() => Check(Sem.Fit(syntax, data, new SemOptions(1000, Seed: 1)));

    private static SemResult Check(SemResult result) =>
        result.Converged ? result : throw new InvalidOperationException("The benchmark model did not converge.");
}
