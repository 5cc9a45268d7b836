using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Lantern.Licences;

/// <summary>A NuGet package a shipped project uses, with the licence its nuspec declares.</summary>
/// <param name="Expression">The SPDX licence expression, or null when the package gives only a licence file or URL.</param>
/// <param name="RequiredBy">The shipped projects that reference the package and the packages that depend on it.</param>
internal sealed record PackageLicence(string Id, string Version, string? Expression, string? LicenceFile, string? LicenceUrl, IReadOnlyList<string> RequiredBy)
{
    public string LicenceText => Expression ?? (LicenceFile is not null ? $"file {LicenceFile} in the package" : LicenceUrl ?? "none declared");
}

/// <summary>
/// Lists every NuGet package the shipped projects (<c>src/*</c>) use, directly or transitively, from
/// restore's <c>obj/project.assets.json</c> and the packages' nuspec files. Shared by
/// <c>tools/licences.sh</c>, which writes the list, and the test that keeps it current; linked
/// into the test project, so it reads files only and starts no process.
/// </summary>
internal static class ThirdPartyLicences
{
    public const string ListPath = "docs/third-party-licences.md";

    /// <summary>
    /// Permissive licences reviewed for a project that anyone may run, change and ship, including
    /// inside commercial services. Everything else fails the check (copyleft such as GPL, AGPL,
    /// LGPL, SSPL or EUPL; non-commercial or commercial terms; a licence given only as a file or a
    /// URL) until someone reads it and adds it here with the reason.
    /// </summary>
    public static readonly IReadOnlyList<string> Allowed = ["MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "PostgreSQL"];

    /// <summary>
    /// Packages that ship their licence as a file rather than an SPDX expression, read and found to
    /// be the named licence word for word. Keyed by version: a new version's file is read again.
    /// </summary>
    public static readonly IReadOnlyDictionary<(string Id, string Version), string> ReviewedLicenceFiles = new Dictionary<(string, string), string>
    {
        // LICENSE.txt: the MIT licence, "Copyright (c) 2017 Kyle Spearrin".
        [("Otp.NET", "1.4.1")] = "MIT",
    };

    public static IReadOnlyList<PackageLicence> Read(string repositoryRoot)
    {
        var packages = new SortedDictionary<(string Id, string Version), FoundPackage>(IdThenVersion.Instance);
        foreach (var project in Directory.GetFiles(Path.Combine(repositoryRoot, "src"), "*.csproj", SearchOption.AllDirectories))
        {
            var assetsPath = Path.Combine(Path.GetDirectoryName(project)!, "obj", "project.assets.json");
            if (!File.Exists(assetsPath))
            {
                throw new InvalidOperationException($"{assetsPath} is missing: run `dotnet restore Lantern.slnx` first.");
            }

            using var assets = JsonDocument.Parse(File.ReadAllBytes(assetsPath));
            AddProject(Path.GetFileNameWithoutExtension(project), assets.RootElement, packages);
        }

        return [.. packages.Select(entry =>
        {
            var metadata = XDocument.Load(entry.Value.NuspecPath).Root!.Elements().First(e => e.Name.LocalName == "metadata");
            var license = metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "license");
            var licenseUrl = metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "licenseUrl")?.Value.Trim();
            var type = license?.Attribute("type")?.Value;
            return new PackageLicence(
                entry.Key.Id,
                entry.Key.Version,
                type == "expression" ? license!.Value.Trim() : ReviewedLicenceFiles.GetValueOrDefault((entry.Key.Id, entry.Key.Version)),
                type == "file" ? license!.Value.Trim() : null,
                licenseUrl,
                [.. entry.Value.RequiredBy]);
        })];
    }

    /// <summary>Adds one project's packages: each with the projects and packages that require it.</summary>
    private static void AddProject(string projectName, JsonElement assets, SortedDictionary<(string Id, string Version), FoundPackage> packages)
    {
        var packageFolder = assets.GetProperty("packageFolders").EnumerateObject().First().Name;
        var versions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var library in assets.GetProperty("libraries").EnumerateObject().Where(l => l.Value.GetProperty("type").GetString() == "package"))
        {
            var (id, version) = SplitKey(library.Name);
            versions[id] = version;
            var nuspec = library.Value.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).Single(f => f.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
            packages.TryAdd((id, version), new FoundPackage(Path.Combine(packageFolder, library.Value.GetProperty("path").GetString()!, nuspec)));
        }

        foreach (var framework in assets.GetProperty("project").GetProperty("frameworks").EnumerateObject())
        {
            if (framework.Value.TryGetProperty("dependencies", out var direct))
            {
                foreach (var dependency in direct.EnumerateObject())
                {
                    packages[(dependency.Name, versions[dependency.Name])].RequiredBy.Add(projectName);
                }
            }
        }

        foreach (var target in assets.GetProperty("targets").EnumerateObject())
        {
            foreach (var parent in target.Value.EnumerateObject().Where(p => p.Value.GetProperty("type").GetString() == "package"))
            {
                if (parent.Value.TryGetProperty("dependencies", out var dependencies))
                {
                    foreach (var dependency in dependencies.EnumerateObject())
                    {
                        packages[(dependency.Name, versions[dependency.Name])].RequiredBy.Add(SplitKey(parent.Name).Id);
                    }
                }
            }
        }
    }

    private sealed record FoundPackage(string NuspecPath)
    {
        public SortedSet<string> RequiredBy { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    private static (string Id, string Version) SplitKey(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return (key[..slash], key[(slash + 1)..]);
    }

    /// <summary>The packages whose licence is not on <see cref="Allowed"/>.</summary>
    public static IReadOnlyList<PackageLicence> Disallowed(IEnumerable<PackageLicence> packages) =>
        [.. packages.Where(p => !IsAllowed(p.Expression))];

    /// <summary>
    /// True when the licence can be taken entirely on allowed terms: for "A OR B" one alternative
    /// suffices (CsvHelper's "MS-PL OR Apache-2.0" is used under Apache-2.0), for "A AND B" every
    /// part must be allowed. An exception ("WITH"), a parenthesis or an unknown name fails, to be reviewed.
    /// </summary>
    public static bool IsAllowed(string? expression) =>
        expression is not null
        && expression.Split(" OR ", StringSplitOptions.TrimEntries)
            .Any(alternative => alternative.Split(" AND ", StringSplitOptions.TrimEntries).All(Allowed.Contains));

    public static string Markdown(IReadOnlyList<PackageLicence> packages)
    {
        var text = new StringBuilder();
        text.Append(
            $"""
            # Third-party licences

            Every NuGet package that Lantern's shipped projects (`src/*`) use, directly or through another
            package, with the licence its package declares. Written by `tools/licences.sh` from the
            restore's `project.assets.json` files and the packages' nuspec files; do not edit by hand.
            The test run fails when this list is out of date or a licence is not on the reviewed
            allow-list: {string.Join(", ", Allowed)} (an "A OR B" choice needs one of them).

            The .NET runtime and ASP.NET Core (MIT) come with the SDK as shared frameworks, not as
            packages, and are not listed. Test, benchmark and tool projects are not shipped and not listed.

            | Package | Version | Licence | Required by |
            |---|---|---|---|

            """);
        foreach (var package in packages)
        {
            var licence = package.LicenceUrl is null ? package.LicenceText : $"[{package.LicenceText}]({package.LicenceUrl})";
            text.Append($"| [{package.Id}](https://www.nuget.org/packages/{package.Id}/{package.Version}) | {package.Version} | {licence} | {string.Join(", ", package.RequiredBy)} |\n");
        }

        return text.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>Packages by id (as NuGet compares them, ignoring case), then version.</summary>
    private sealed class IdThenVersion : IComparer<(string Id, string Version)>
    {
        public static readonly IdThenVersion Instance = new();

        public int Compare((string Id, string Version) x, (string Id, string Version) y)
        {
            var byId = StringComparer.OrdinalIgnoreCase.Compare(x.Id, y.Id);
            return byId != 0 ? byId : StringComparer.OrdinalIgnoreCase.Compare(x.Version, y.Version);
        }
    }
}
