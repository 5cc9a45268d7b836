using Lantern.Screening.Contacts;
using Xunit.Abstractions;

namespace Lantern.Screening.Tests.Contacts;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        foreach (var line in File.ReadAllLines("/tmp/probe.txt"))
        {
            var parts = line.Split('\t');
            var region = parts.Length > 1 ? parts[1] : null;
            var found = Extracted.All(parts[0], region);
            output.WriteLine($"{parts[0]}  [{region}]");
            foreach (var e in found)
            {
                output.WriteLine($"    {e.Type} {e.Value}  <{e.Evidence.Text}> {e.Evidence.Start}-{e.Evidence.End}");
            }
        }
    }
}
