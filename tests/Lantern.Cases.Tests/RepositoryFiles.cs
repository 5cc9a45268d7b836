namespace Lantern.Cases.Tests;

/// <summary>Files of the repository the tests check the engine against, found from wherever the tests run.</summary>
internal static class RepositoryFiles
{
    private static readonly string Root = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Lantern.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Lantern.slnx above {AppContext.BaseDirectory}.");
    }
}
