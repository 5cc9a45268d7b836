using Lantern.Licences;

// Run by tools/licences.sh from the repository root after a restore.
var root = Directory.GetCurrentDirectory();
var packages = ThirdPartyLicences.Read(root);
await File.WriteAllTextAsync(Path.Combine(root, ThirdPartyLicences.ListPath), ThirdPartyLicences.Markdown(packages));
Console.WriteLine($"{ThirdPartyLicences.ListPath}: {packages.Count} packages.");

var disallowed = ThirdPartyLicences.Disallowed(packages);
foreach (var package in disallowed)
{
    await Console.Error.WriteLineAsync($"{package.Id} {package.Version}: licence \"{package.LicenceText}\" is not on the reviewed allow-list.");
}

return disallowed.Count == 0 ? 0 : 1;
