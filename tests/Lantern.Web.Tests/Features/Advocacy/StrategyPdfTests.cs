using Lantern.Testing;
using Lantern.Web.Features.Advocacy.Export;

namespace Lantern.Web.Tests.Features.Advocacy;

/// <summary>The PDF's tables, read back with where each word lies: every word whole, none drawn over another.</summary>
public sealed class StrategyPdfTests
{
    private const string LongText = "Funding from the main donor ends in June and the coalition partners cannot cover the helpline staff without a new grant";

    public static TheoryData<string[], string[]> Tables => new()
    {
        {
            ["#", "Risk or challenge", "Category", "Likelihood", "Impact", "Rating", "Mitigation", "Owner", "Status"],
            ["1", LongText, "Lack of funding or people", "Medium", "Medium", "Medium", LongText + " by pooling the costs", "Programme coordinator", "Open"]
        },
        {
            ["Indicator", "Kind", "Unit", "Baseline", "Target", "Due", "Latest", "Status"],
            ["Media articles that name online recruitment as trafficking", "Outcome", "articles", "10 (1 Jan 2026)", "30", "31 Dec 2026", "12", "Behind"]
        },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Every_header_and_value_of_a_table_reads_back_whole(string[] header, string[] row)
    {
        var pdf = StrategyPdf.Write(new StrategyDocument("Tables", "A test", [new Table(header, [row, row])]));

        var words = await PdfText.WordsAsync(pdf);

        var found = words.Select(w => w.Text).ToHashSet();
        header.Concat(row).SelectMany(cell => cell.Split(' ')).Distinct().Where(word => !found.Contains(word))
            .ShouldBeEmpty("each of these was cut or ran into a neighbour");
        var collisions = words.SelectMany((word, i) => words.Skip(i + 1).Where(word.Overlaps).Select(other => $"{word.Text}/{other.Text}"));
        collisions.ShouldBeEmpty("a word drawn over another one cannot be read");
    }
}
