using Lantern.Licences;

namespace Lantern.Web.Tests.Infrastructure.Licences;

/// <summary>
/// Keeps docs/third-party-licences.md in step with the packages restore resolved for src/*, and
/// stops a package under a licence nobody reviewed (copyleft, non-commercial, unknown) from
/// slipping in through a new dependency or a version bump.
/// </summary>
public sealed class ThirdPartyLicenceTests
{
    private static readonly string RepositoryRoot = FindRepositoryRoot();

    [Fact]
    public void The_checked_in_list_names_every_package_the_shipped_projects_use()
    {
        var current = ThirdPartyLicences.Markdown(ThirdPartyLicences.Read(RepositoryRoot));
        var checkedIn = File.ReadAllText(Path.Combine(RepositoryRoot, ThirdPartyLicences.ListPath)).ReplaceLineEndings("\n");
        checkedIn.ShouldBe(current, $"{ThirdPartyLicences.ListPath} is out of date: run tools/licences.sh and commit the result.");
    }

    [Fact]
    public void Every_package_the_shipped_projects_use_has_a_reviewed_licence()
    {
        var disallowed = ThirdPartyLicences.Disallowed(ThirdPartyLicences.Read(RepositoryRoot));
        disallowed.Select(p => $"{p.Id} {p.Version}: {p.LicenceText}").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("MIT")]
    [InlineData("Apache-2.0")]
    [InlineData("MS-PL OR Apache-2.0")]
    [InlineData("MIT AND BSD-3-Clause")]
    public void Permissive_licences_pass(string expression) =>
        ThirdPartyLicences.IsAllowed(expression).ShouldBeTrue();

    [Theory]
    [InlineData("GPL-3.0-only")]
    [InlineData("GPL-2.0-or-later")]
    [InlineData("AGPL-3.0-only")]
    [InlineData("LGPL-2.1-only")]
    [InlineData("SSPL-1.0")]
    [InlineData("EUPL-1.2")]
    [InlineData("CC-BY-NC-4.0")]
    [InlineData("LicenseRef-Commercial")]
    [InlineData("MIT AND GPL-3.0-only")]
    [InlineData("Apache-2.0 WITH LLVM-exception")]
    [InlineData("(MIT OR GPL-3.0-only)")]
    [InlineData(null)]
    public void Copyleft_non_commercial_and_unreviewed_licences_fail(string? expression) =>
        ThirdPartyLicences.IsAllowed(expression).ShouldBeFalse();

    private static string FindRepositoryRoot()
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
