using Lantern.Screening.Indicators;
using Lantern.Screening.Output;

namespace Lantern.Screening.Input;

/// <summary>One worker: turns a batch of raw records into screened ads and rejections. Not thread-safe; one per thread.</summary>
internal sealed class BatchScreener(ScreeningOptions options, CsvRecordParser? csv) : IDisposable
{
    private readonly JsonLineParser json = new(options.IdField, options.TextFieldsOrDefault);
    private readonly AdAnalyzer analyzer = new(options.RulesOrDefault, options.Region, options.Kind);
    private readonly AdPacker packer = new();

    public (List<Screened> Ads, List<Rejection> Rejected) Screen(RecordBatch batch, bool skipHeader)
    {
        var screened = new List<Screened>(batch.Count);
        var rejected = new List<Rejection>(batch.Rejected);
        for (var i = skipHeader ? 1 : 0; i < batch.Count; i++)
        {
            var record = batch.Record(i);
            var ad = Parse(record, out var problem, out var column);
            if (ad is null)
            {
                rejected.Add(new Rejection(batch.LineOf(i), problem!, column));
                continue;
            }

            screened.Add(packer.Pack(analyzer.Analyze(ad)));
        }

        return (screened, rejected);
    }

    private Ads.Ad? Parse(ReadOnlySpan<byte> record, out string? problem, out int? column)
    {
        if (csv is not null)
        {
            return csv.Parse(record, out problem, out column);
        }

        if (!System.Text.Unicode.Utf8.IsValid(record))
        {
            problem = "not valid UTF-8";
            column = Utf8Strict.FirstInvalidColumn(record);
            return null;
        }

        return json.Parse(record, out problem, out column);
    }

    public void Dispose() => packer.Dispose();
}
