using System.Text.Json;
using Lantern.Cli.Tests.Infrastructure;

namespace Lantern.Cli.Tests;

/// <summary>`lantern screen` as other tools call it: the files it writes and its exit codes.</summary>
public sealed class ScreenCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("lantern-screen-cli-").FullName;

    private string PathOf(string name) => Path.Combine(directory, name);

    [Fact]
    public async Task Generated_ads_are_screened_into_the_four_documented_files_with_exit_code_0()
    {
        var generate = await CliProcess.RunAsync(["screen", "generate", "--ads", "500", "--seed", "5", "--out", PathOf("ads.jsonl"), "--truth", PathOf("truth.jsonl")]);
        generate.ExitCode.ShouldBe(0, generate.ToString());
        File.ReadLines(PathOf("truth.jsonl")).First().ShouldStartWith("""{"id":"ad-00000001","network":""");

        var result = await CliProcess.RunAsync(["screen", PathOf("ads.jsonl"), "--out", PathOf("out")]);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Stdout.ShouldContain("500 ads screened");
        File.ReadLines(PathOf("out/ads.jsonl")).Count().ShouldBe(500);
        File.ReadAllText(PathOf("out/errors.jsonl")).ShouldBeEmpty();
        using var summary = JsonDocument.Parse(File.ReadAllText(PathOf("out/summary.json")));
        summary.RootElement.GetProperty("ads").GetInt64().ShouldBe(500);
        File.ReadLines(PathOf("out/clusters.jsonl")).Count().ShouldBe(summary.RootElement.GetProperty("clusters").GetInt32());
    }

    [Fact]
    public async Task The_same_seed_writes_the_same_corpus()
    {
        var first = await CliProcess.RunAsync(["screen", "generate", "--ads", "50", "--seed", "9"]);
        var second = await CliProcess.RunAsync(["screen", "generate", "--ads", "50", "--seed", "9"]);
        var other = await CliProcess.RunAsync(["screen", "generate", "--ads", "50", "--seed", "10"]);

        first.Stdout.ShouldBe(second.Stdout);
        first.Stdout.ShouldNotBe(other.Stdout);
        first.StdoutLines.Count.ShouldBe(50);
    }

    [Fact]
    public async Task Rejected_lines_give_exit_code_3_while_the_rest_is_screened()
    {
        await File.WriteAllTextAsync(PathOf("mixed.jsonl"), """
            {"id":"ok","text":"Nanny wanted abroad, visa provided, flight paid.","kind":"job"}
            {"id":"broken","text":
            """);

        var result = await CliProcess.RunAsync(["screen", PathOf("mixed.jsonl"), "--out", PathOf("out")]);

        result.ExitCode.ShouldBe(3, result.ToString());
        File.ReadLines(PathOf("out/ads.jsonl")).Single().ShouldContain("job.travel_provided");
        File.ReadLines(PathOf("out/errors.jsonl")).Single().ShouldStartWith("""{"line":2,""");
    }

    [Fact]
    public async Task Csv_input_with_its_own_id_and_text_columns()
    {
        await File.WriteAllTextAsync(PathOf("jobs.csv"), "job_id,title,requirements,salary\n7,Hostess,\"No experience needed, free accommodation\",high\n");

        var result = await CliProcess.RunAsync(["screen", PathOf("jobs.csv"), "--out", PathOf("out"), "--id-field", "job_id", "--text-fields", "title,requirements", "--kind", "job"]);

        result.ExitCode.ShouldBe(0, result.ToString());
        using var ad = JsonDocument.Parse(File.ReadLines(PathOf("out/ads.jsonl")).Single());
        ad.RootElement.GetProperty("id").GetString().ShouldBe("7");
        ad.RootElement.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("code").GetString())
            .ShouldBe(["job.unrealistic_offer", "job.vague_description"], ignoreOrder: true);
        ad.RootElement.GetProperty("extra").GetProperty("salary").GetString().ShouldBe("high");
    }

    [Theory]
    [InlineData("missing.jsonl", "", "missing.jsonl")]
    [InlineData("ads.csv", "title,text\nA,B\n", "the CSV header has no id column")]
    public async Task Unreadable_input_gives_exit_code_2_and_says_why(string name, string content, string expected)
    {
        if (content.Length > 0)
        {
            await File.WriteAllTextAsync(PathOf(name), content);
        }

        var result = await CliProcess.RunAsync(["screen", PathOf(name), "--out", PathOf("out")]);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Stderr.ShouldContain(expected);
    }

    [Fact]
    public async Task A_bad_region_is_refused_before_anything_is_read()
    {
        var result = await CliProcess.RunAsync(["screen", PathOf("any.jsonl"), "--out", PathOf("out"), "--region", "Britain"]);

        result.ExitCode.ShouldNotBe(0);
        result.Stderr.ShouldContain("--region must be a two-letter ISO 3166-1 code");
    }

    [Fact]
    public async Task Evaluate_reports_the_share_of_known_bad_job_ads_flagged_and_lists_the_missed()
    {
        await File.WriteAllTextAsync(PathOf("known.jsonl"), """
            {"id":"a","text":"Earn $3000 per week, no experience needed."}
            {"id":"b","text":"Acme Ltd seeks an accountant with five years of audit experience for its Leeds office. You will prepare monthly accounts, reconcile ledgers and support the annual audit. Apply with your CV by Friday."}
            """);

        var result = await CliProcess.RunAsync(["screen", "evaluate", PathOf("known.jsonl")]);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Stdout.ShouldContain("flagged with at least one job.* indicator: 1 (50.0%)");
        result.Stdout.ShouldContain("missed (1): b");
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
