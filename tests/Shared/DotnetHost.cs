namespace Lantern.Testing;

/// <summary>The dotnet host for starting Lantern as a child process. Shared by the test projects (linked source).</summary>
public static class DotnetHost
{
    /// <summary>The host running the tests (so the child runs on the same runtime), else the one on PATH.</summary>
    public static string Path()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        return Environment.ProcessPath is { } current && System.IO.Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
