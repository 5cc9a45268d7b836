using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using Lantern.Screening.Ads;
using Lantern.Screening.Indicators;
using Lantern.Screening.Input;
using Lantern.Screening.Linking;
using Lantern.Screening.Output;

namespace Lantern.Screening;

/// <summary>
/// Screens a whole input and writes ads.jsonl, clusters.jsonl, errors.jsonl and summary.json to
/// a directory. Ads are screened in parallel batches, linked into networks in one pass over all
/// of them, then written in input order.
/// </summary>
public static class ScreeningRun
{
    public static ScreeningSummary Execute(Stream input, InputFormat format, string outputDirectory, ScreeningOptions? options = null, IProgress<double>? progress = null)
    {
        options ??= new ScreeningOptions();
        var clock = Stopwatch.StartNew();
        var (ads, rejected) = ScreenAll(input, format, options, progress);
        var screening = clock.Elapsed.TotalSeconds;

        LinkKeys[] keys = [.. ads.Select(a => a.LinkKeys)];
        var shared = NetworkLinker.LinkByContactsAndPictures(keys, options.LinkingOrDefault);
        var findings = Task.Run(() => LinkFindings.Apply(ads, shared));
        var networks = NetworkLinker.CompleteByText(keys, shared, options.LinkingOrDefault);
        var (inconsistencies, linkEvidence) = findings.GetAwaiter().GetResult();
        for (var i = 0; i < ads.Length; i++)
        {
            ads[i].Shingles = default;
        }

        var scorer = options.ScorerOrDefault;
        Parallel.For(0, ads.Length, i =>
        {
            ads[i].Risk = scorer.Score(ads[i].Kind, ads[i].Indicators);
            ads[i].Cluster = networks.ClusterOf[i];
        });
        var linking = clock.Elapsed.TotalSeconds - screening;

        Directory.CreateDirectory(outputDirectory);
        var workers = options.WorkersOrDefault;
        WriteFile(outputDirectory, "ads.jsonl", stream => OrderedWriter.Write(stream, ads.Length, workers, (i, buffer, writer) => AdJson.WriteLine(ads[i], LinkFindings.EvidenceOf(ads[i], i, linkEvidence), buffer, writer)));
        var clusters = new ClusterJson(ads, networks, inconsistencies);
        WriteFile(outputDirectory, "clusters.jsonl", stream => OrderedWriter.Write(stream, networks.ClusterCount, workers, (i, buffer, writer) => clusters.Write(i + 1, buffer, writer)));
        WriteFile(outputDirectory, "errors.jsonl", stream => ErrorJson.Write(stream, rejected));
        var writing = clock.Elapsed.TotalSeconds - screening - linking;

        var summary = Summarise(ads, rejected.Count, networks, clusters, new Dictionary<string, double>
        {
            ["screen"] = Math.Round(screening, 3),
            ["link"] = Math.Round(linking, 3),
            ["write"] = Math.Round(writing, 3),
            ["total"] = Math.Round(clock.Elapsed.TotalSeconds, 3),
        });
        WriteFile(outputDirectory, "summary.json", stream => SummaryJson.Write(stream, summary));
        return summary;
    }

    private static (Screened[] Ads, List<Rejection> Rejected) ScreenAll(Stream input, InputFormat format, ScreeningOptions options, IProgress<double>? progress)
    {
        var splitter = new RecordSplitter(input, format == InputFormat.Csv);
        var length = input.CanSeek ? input.Length : 0;
        var results = new ConcurrentDictionary<int, (List<Screened>, List<Rejection>)>();
        using var batches = splitter.Batches().GetEnumerator();
        if (!batches.MoveNext())
        {
            return ([], []);
        }

        // The CSV header is read before any worker starts: every record is read against it.
        var first = batches.Current;
        var csv = format != InputFormat.Csv ? null
            : first.Count > 0 ? CsvRecordParser.FromHeader(first.Record(0), options.IdField, options.TextFieldsOrDefault)
            : throw new InvalidDataException("line 1: the CSV file has no header");
        Parallel.ForEach(
            Partitioner.Create(Remaining(first, batches), EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = options.WorkersOrDefault },
            () => (BatchScreener?)null,
            (batch, _, worker) =>
            {
                worker ??= new BatchScreener(options, csv?.ForAnotherWorker());
                results[batch.Index] = worker.Screen(batch, skipHeader: csv is not null && batch.Index == 0);
                splitter.Recycle(batch);
                if (length > 0)
                {
                    progress?.Report(Math.Min(1.0, (double)splitter.BytesRead / length));
                }

                return worker;
            },
            worker => worker?.Dispose());

        var ads = new Screened[results.Values.Sum(r => r.Item1.Count)];
        var rejected = new List<Rejection>();
        var at = 0;
        foreach (var (_, (batchAds, batchRejected)) in results.OrderBy(r => r.Key))
        {
            CollectionsMarshal.AsSpan(batchAds).CopyTo(ads.AsSpan(at));
            at += batchAds.Count;
            rejected.AddRange(batchRejected);
        }

        return (ads, rejected);
    }

    private static IEnumerable<RecordBatch> Remaining(RecordBatch first, IEnumerator<RecordBatch> rest)
    {
        yield return first;
        while (rest.MoveNext())
        {
            yield return rest.Current;
        }
    }

    private static ScreeningSummary Summarise(Screened[] ads, int rejected, Networks networks, ClusterJson clusters, Dictionary<string, double> seconds)
    {
        // One pass over the ads, which are large structs: a pass per kind and indicator would copy each of them 17 times.
        var perKind = new long[Enum.GetValues<AdKind>().Length];
        var perIndicator = new long[IndicatorCatalog.All.Count];
        foreach (ref readonly var ad in ads.AsSpan())
        {
            perKind[(int)ad.Kind]++;
            for (var bit = 0; bit < perIndicator.Length; bit++)
            {
                perIndicator[bit] += (ad.Indicators.Bits >> bit) & 1;
            }
        }

        var kinds = Enum.GetValues<AdKind>().ToDictionary(k => k.Code(), k => perKind[(int)k]);
        var indicators = IndicatorCatalog.All.ToDictionary(i => i.Code, i => perIndicator[i.Index]);
        var networkSizes = Enumerable.Range(1, networks.ClusterCount).Select(c => clusters.Members(c).Length).Where(size => size > 1).ToList();
        return new ScreeningSummary(ads.Length, rejected, kinds, indicators, networks.ClusterCount, networkSizes.Count, networkSizes.Sum(s => (long)s), networkSizes.DefaultIfEmpty(0).Max(), seconds);
    }

    private static void WriteFile(string directory, string name, Action<Stream> write)
    {
        using var stream = new FileStream(Path.Combine(directory, name), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        write(stream);
    }
}
