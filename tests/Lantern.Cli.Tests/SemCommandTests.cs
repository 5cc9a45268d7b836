using System.Globalization;
using System.Text.Json;
using Lantern.Cli.Tests.Infrastructure;
using Lantern.Statistics.Data;
using Lantern.Statistics.Sem;
using Lantern.Web.Features.Surveys.Analysis;

namespace Lantern.Cli.Tests;

/// <summary>`lantern sem fit` as other tools call it: the JSON contract and exit code 2 for bad input.</summary>
public sealed class SemCommandTests
{
    private static string Reference(string name) => Path.Combine(AppContext.BaseDirectory, "Reference", name);

    [Fact]
    public async Task Json_output_has_every_lavaan_row_and_fit_measure_with_nulls_where_lavaan_prints_NA()
    {
        var result = await CliProcess.RunAsync(["sem", "fit", "--model", Reference("mediation.lav"), "--data", Reference("lavaan_mediation_sim_seed1234.csv"), "--format", "json"]);

        result.ExitCode.ShouldBe(0, result.ToString());
        using var output = JsonDocument.Parse(result.Stdout);
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Reference("mediation.expected.json")));
        var root = output.RootElement;
        root.GetProperty("converged").GetBoolean().ShouldBeTrue();
        root.GetProperty("nobs").GetInt32().ShouldBe(100);
        var rows = root.GetProperty("parameters").EnumerateArray().ToList();
        rows.Count.ShouldBe(expected.RootElement.GetProperty("parameters").GetArrayLength());
        var fields = new[] { "lhs", "op", "rhs", "label", "est", "se", "z", "pvalue", "ci_lower", "ci_upper", "std_all" };
        rows.ShouldAllBe(row => row.EnumerateObject().Select(p => p.Name).SequenceEqual(fields));
        var indirect = rows.Single(r => r.GetProperty("lhs").GetString() == "ab");
        indirect.GetProperty("op").GetString().ShouldBe(":=");
        indirect.GetProperty("rhs").GetString().ShouldBe("a*b");
        indirect.GetProperty("est").GetDouble().ShouldBe(0.37359637612511, 1e-3);
        var fixedVariance = rows.Single(r => r.GetProperty("lhs").GetString() == "X" && r.GetProperty("rhs").GetString() == "X");
        fixedVariance.GetProperty("z").ValueKind.ShouldBe(JsonValueKind.Null);
        var fit = root.GetProperty("fit");
        fit.EnumerateObject().Select(p => p.Name).ShouldBe(expected.RootElement.GetProperty("fit").EnumerateObject().Select(p => p.Name));
        fit.GetProperty("pvalue").ValueKind.ShouldBe(JsonValueKind.Null, "a saturated model has no test p-value");
    }

    [Fact]
    public async Task Json_fit_measures_and_the_survey_fit_export_are_the_catalogues_names_and_values()
    {
        var result = await CliProcess.RunAsync(["sem", "fit", "--model", Reference("hs_cfa.lav"), "--data", Reference("HolzingerSwineford1939.csv"), "--format", "json"]);
        var exported = ModelExports.FitRows(Sem.Fit(await File.ReadAllTextAsync(Reference("hs_cfa.lav")), CsvNumbers.ReadFile(Reference("HolzingerSwineford1939.csv"))).Fit).ToList();

        result.ExitCode.ShouldBe(0, result.ToString());
        using var output = JsonDocument.Parse(result.Stdout);
        var json = output.RootElement.GetProperty("fit").EnumerateObject().ToList();
        var names = FitMeasureCatalogue.All.Select(measure => measure.Name).ToList();
        json.Select(p => p.Name).ShouldBe(names);
        exported.Select(row => row.Measure).ShouldBe(names);
        json.Select(p => p.Value.GetDouble()).ShouldBe(exported.Select(row => double.Parse(row.Exact, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Text_output_is_a_readable_summary_with_every_fit_measure_under_its_label_and_lavaan_name()
    {
        var result = await CliProcess.RunAsync(["sem", "fit", "--model", Reference("hs_cfa.lav"), "--data", Reference("HolzingerSwineford1939.csv")]);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Stdout.ShouldContain("Number of observations");
        result.Stdout.ShouldContain("visual =~ x2");
        var lines = result.Stdout.Split('\n');
        foreach (var measure in FitMeasureCatalogue.All)
        {
            lines.ShouldContain(line => line.TrimStart().StartsWith(measure.Label, StringComparison.Ordinal) && line.TrimEnd().EndsWith(" " + measure.Name, StringComparison.Ordinal), measure.Name);
        }

        lines.Single(line => line.TrimEnd().EndsWith(" chisq", StringComparison.Ordinal)).ShouldContain("85.306");
        lines.Single(line => line.TrimEnd().EndsWith(" rmsea.ci.lower", StringComparison.Ordinal)).ShouldContain("0.071");
    }

    [Fact]
    public async Task Diagram_writes_an_svg_path_diagram_beside_the_result()
    {
        var file = Path.Combine(Path.GetTempPath(), $"lantern-diagram-{Guid.NewGuid():N}.svg");
        try
        {
            var result = await CliProcess.RunAsync(["sem", "fit", "--model", Reference("mediation.lav"), "--data", Reference("lavaan_mediation_sim_seed1234.csv"), "--diagram", file]);

            result.ExitCode.ShouldBe(0, result.ToString());
            var svg = System.Xml.Linq.XDocument.Load(file).Root!;
            svg.Name.LocalName.ShouldBe("svg");
            svg.Descendants().Count(e => e.Name.LocalName == "rect" && e.Parent!.Attribute("data-name") != null).ShouldBe(3, "X, M and Y");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Bootstrap_gives_the_same_json_for_the_same_seed()
    {
        string[] args = ["sem", "fit", "--model", Reference("mediation.lav"), "--data", Reference("lavaan_mediation_sim_seed1234.csv"), "--format", "json", "--bootstrap", "200", "--seed", "11"];

        var first = await CliProcess.RunAsync(args);
        var second = await CliProcess.RunAsync(args);

        first.ExitCode.ShouldBe(0, first.ToString());
        second.Stdout.ShouldBe(first.Stdout);
        using var json = JsonDocument.Parse(first.Stdout);
        json.RootElement.GetProperty("bootstrap").GetProperty("succeeded").GetInt32().ShouldBe(200);
    }

    [Theory]
    [InlineData("visual =~ x1 + x2 +\nspeed =~~ x7", "line 2")]
    [InlineData("x1 ~ nosuchcolumn", "line 1: \"nosuchcolumn\" is neither")]
    [InlineData("x1 ~ school", "school")]
    [InlineData("ab := a*b\nx1 ~ x2", "\"a\"")]
    public async Task Bad_input_prints_a_clear_message_and_exits_2_without_a_result(string model, string expectedInMessage)
    {
        var file = Path.Combine(Path.GetTempPath(), $"lantern-sem-{Guid.NewGuid():N}.lav");
        await File.WriteAllTextAsync(file, model);
        try
        {
            var result = await CliProcess.RunAsync(["sem", "fit", "--model", file, "--data", Reference("HolzingerSwineford1939.csv"), "--format", "json"]);

            result.ExitCode.ShouldBe(2, result.ToString());
            result.Stdout.Trim().ShouldBeEmpty();
            result.Stderr.ShouldContain(expectedInMessage);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
