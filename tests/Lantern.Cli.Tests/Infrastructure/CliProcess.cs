using System.Diagnostics;
using System.Text;
using Lantern.Testing;

namespace Lantern.Cli.Tests.Infrastructure;

/// <summary>What a finished <c>lantern</c> process left behind.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Every non-empty line of standard output, trimmed.</summary>
    public IReadOnlyList<string> StdoutLines =>
        Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>For assertion messages: a failing test shows what the CLI said.</summary>
    public override string ToString() =>
        $"exit code {ExitCode}{Environment.NewLine}--- stdout ---{Environment.NewLine}{Stdout}--- stderr ---{Environment.NewLine}{Stderr}";
}

/// <summary>
/// Runs the real command line as a separate process: <c>dotnet lantern.dll ...</c>, with the
/// lantern.dll that the project reference builds and copies next to the test assembly.
/// </summary>
public static class CliProcess
{
    /// <summary>How long one command may take before the test fails (a command normally takes 1-2 s).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Inherited settings that would point the child somewhere else than the test says.</summary>
    private static readonly string[] ScrubbedPrefixes =
        ["ConnectionStrings__", "Database__", "Lantern__", "RateLimits__", "ASPNETCORE_", "DOTNET_ENVIRONMENT", "URLS", "HTTP_PORTS"];

    public static string LanternDll { get; } = Path.Combine(AppContext.BaseDirectory, "lantern.dll");

    /// <summary>Runs <c>lantern</c> with <paramref name="args"/> to the end and returns its exit code and output.</summary>
    /// <param name="stdin">Written to standard input, which is then closed; null closes it at once. Either way input is redirected, as in a script.</param>
    /// <param name="environment">Set for the child (e.g. ConnectionStrings__Lantern, Database__Provider).</param>
    /// <param name="workingDirectory">The child's current directory; relative file names resolve there.</param>
    public static async Task<CliResult> RunAsync(
        IReadOnlyList<string> args, string? stdin = null, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        using var process = new Process { StartInfo = StartInfo(args, environment, workingDirectory) };
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null)
            {
                await process.StandardInput.WriteAsync(stdin);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The process ended without reading its input; its exit code and output tell the story.
        }

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException(
                $"lantern {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds:0} s and was killed.{Environment.NewLine}" +
                $"--- stdout ---{Environment.NewLine}{await stdout}--- stderr ---{Environment.NewLine}{await stderr}");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts a long-running <c>lantern</c> (e.g. <c>serve</c>); disposing the handle kills it.</summary>
    public static RunningCli Start(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var process = new Process { StartInfo = StartInfo(args, environment, workingDirectory) };
        try
        {
            return new RunningCli(process);
        }
        catch
        {
            process.Dispose();
            throw;
        }
    }

    private static ProcessStartInfo StartInfo(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment, string? workingDirectory)
    {
        if (!File.Exists(LanternDll))
        {
            throw new InvalidOperationException(
                $"{LanternDll} does not exist. The test project references src/Lantern.Cli so that building it copies lantern.dll here; rebuild the tests.");
        }

        var info = new ProcessStartInfo(DotnetHost.Path())
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        info.ArgumentList.Add(LanternDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var name in info.Environment.Keys.Where(k => ScrubbedPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            info.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return info;
    }
}

/// <summary>A <c>lantern</c> process that keeps running; its output is collected as it comes.</summary>
public sealed class RunningCli : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    internal RunningCli(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Standard output and standard error so far, interleaved as they arrived.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            using var timeout = new CancellationTokenSource(CliProcess.Timeout);
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            process.Dispose();
        }
    }
}
