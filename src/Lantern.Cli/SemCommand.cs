using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lantern.Statistics.Data;
using Lantern.Statistics.Sem;
using Lantern.Statistics.Sem.Diagram;
using Lantern.Statistics.Sem.Syntax;
using Spectre.Console;

namespace Lantern.Cli;

/// <summary><c>lantern sem fit --model MODEL.lav --data DATA.csv [--format text|json] [--bootstrap N] [--seed S] [--diagram OUT.svg]</c>.</summary>
internal static class SemCommand
{
    private const int InputError = 2;

    public static Command Create()
    {
        var model = new Option<FileInfo>("--model") { Description = "The model in lavaan syntax.", Required = true };
        var data = new Option<FileInfo>("--data") { Description = "CSV with a header row; NA or an empty cell is missing.", Required = true };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var bootstrap = new Option<int>("--bootstrap") { Description = "Bootstrap resamples for standard errors and percentile intervals (0: none)." };
        var seed = new Option<int>("--seed") { Description = "Seed of the bootstrap; the same seed gives the same result.", DefaultValueFactory = _ => 1 };
        bootstrap.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 1_000_000)
            {
                result.AddError("--bootstrap must be between 0 and 1000000.");
            }
        });
        var diagram = new Option<FileInfo?>("--diagram") { Description = "Also write an SVG path diagram with standardized coefficients to this file." };
        var fit = new Command("fit", "Fit a path model or SEM by maximum likelihood, as lavaan's sem() does by default.") { model, data, format, bootstrap, seed, diagram };
        fit.SetAction(parse =>
        {
            SemResult result;
            try
            {
                var modelFile = parse.GetValue(model)!;
                var dataFile = parse.GetValue(data)!;
                var syntax = File.ReadAllText(modelFile.FullName);
                var table = CsvNumbers.ReadFile(dataFile.FullName);
                var resamples = parse.GetValue(bootstrap);
                result = resamples == 0
                    ? Sem.Fit(syntax, table)
                    : BootstrapProgress.Run(resamples, progress => Sem.Fit(syntax, table, new SemOptions(resamples, parse.GetValue(seed), progress)));
                if (!result.Converged)
                {
                    Console.Error.WriteLine($"The model did not converge after {result.Iterations} iterations; the estimates are not a solution. Check the model, or its starting values.");
                    return InputError;
                }
            }
            catch (Exception ex) when (ex is ModelSyntaxException or SemModelException or CsvFormatException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine(ex is ModelSyntaxException ? $"{parse.GetValue(model)!.Name}: {ex.Message}" : ex.Message);
                return InputError;
            }

            if (parse.GetValue(diagram) is { } diagramFile)
            {
                try
                {
                    File.WriteAllText(diagramFile.FullName, PathDiagram.Svg(result));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"{diagramFile.FullName}: {ex.Message}");
                    return InputError;
                }
            }

            Console.Out.Write(parse.GetValue(format) == "json" ? SemJson.Write(result) : SemText.Write(result));
            return 0;
        });
        return new Command("sem", "Path analysis and structural equation models in lavaan syntax.") { fit };
    }
}

/// <summary>A progress bar on stderr while the bootstrap runs, when stderr is a terminal.</summary>
internal static class BootstrapProgress
{
    public static SemResult Run(int resamples, Func<IProgress<int>?, SemResult> fit)
    {
        if (Console.IsErrorRedirected)
        {
            return fit(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        SemResult? result = null;
        console.Progress().Start(context =>
        {
            var task = context.AddTask("Bootstrap", maxValue: resamples);
            result = fit(new Progress<int>(done => task.Value = done));
            task.Value = resamples;
        });
        return result!;
    }
}

/// <summary>The JSON contract other tools read: field names and nulls exactly as documented.</summary>
internal static class SemJson
{
    public static string Write(SemResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteBoolean("converged", result.Converged);
            json.WriteNumber("nobs", result.NObs);
            json.WriteStartArray("parameters");
            foreach (var p in result.Parameters)
            {
                json.WriteStartObject();
                json.WriteString("lhs", p.Lhs);
                json.WriteString("op", p.Op);
                json.WriteString("rhs", p.Rhs);
                if (p.Label is null) { json.WriteNull("label"); } else { json.WriteString("label", p.Label); }
                Number(json, "est", p.Estimate);
                Number(json, "se", p.StandardError);
                Number(json, "z", p.Z);
                Number(json, "pvalue", p.PValue);
                Number(json, "ci_lower", p.CiLower);
                Number(json, "ci_upper", p.CiUpper);
                Number(json, "std_all", p.StdAll);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (result.Bootstrap is { } boot)
            {
                json.WriteStartObject("bootstrap");
                json.WriteNumber("resamples", boot.Requested);
                json.WriteNumber("succeeded", boot.Succeeded);
                json.WriteNumber("seed", boot.Seed);
                json.WriteString("intervals", "percentile");
                json.WriteEndObject();
            }

            json.WriteStartObject("fit");
            foreach (var measure in FitMeasureCatalogue.All)
            {
                Number(json, measure.Name, measure.Value(result.Fit));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}

/// <summary>A readable summary in the spirit of lavaan's summary(fit, standardized = TRUE).</summary>
internal static class SemText
{
    public static string Write(SemResult result)
    {
        var text = new System.Text.StringBuilder();
        string N(double? value, int decimals = 3) => value is { } v && double.IsFinite(v) ? v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "";
        text.AppendLine(CultureInfo.InvariantCulture, $"Lantern SEM: maximum likelihood, {(result.Converged ? "converged" : "did NOT converge")} after {result.Iterations} iterations");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {"Number of observations",-34} {result.NObs,10}");
        if (result.Bootstrap is { } boot)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {"Standard errors, 95% intervals",-34} bootstrap: {boot.Succeeded} of {boot.Requested} resamples (seed {boot.Seed}), percentile");
        }

        text.AppendLine();
        text.AppendLine("Fit measures (lavaan's fitMeasures() names)");
        foreach (var measure in FitMeasureCatalogue.All)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {measure.Label,-34} {N(measure.Value(result.Fit), measure.Decimals),10}   {measure.Name}");
        }

        text.AppendLine();
        text.AppendLine("Parameter estimates");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {"",-28} {"Estimate",9} {"Std.Err",9} {"z-value",9} {"P(>|z|)",9} {"Std.all",9}");
        foreach (var p in result.Parameters)
        {
            var name = $"{p.Lhs} {p.Op} {p.Rhs}" + (p.Label is null || p.Op == ":=" ? "" : $" ({p.Label})");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {name,-28} {N(p.Estimate),9} {(p.StandardError > 0 ? N(p.StandardError) : ""),9} {N(p.Z),9} {N(p.PValue),9} {N(p.StdAll),9}");
        }

        return text.ToString();
    }
}
