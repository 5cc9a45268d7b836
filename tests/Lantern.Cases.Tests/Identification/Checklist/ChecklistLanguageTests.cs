using System.Text.Json;
using Lantern.Cases.Htcds;
using Lantern.Cases.Identification;
using Lantern.Cases.Identification.Checklist;

namespace Lantern.Cases.Tests.Identification.Checklist;

/// <summary>Every language pack, including any added later, has the full wording and nothing the engine does not know.</summary>
public sealed class ChecklistLanguageTests
{
    private static readonly string LanguagesFolder = RepositoryFiles.PathOf("src", "Lantern.Cases", "Identification", "Checklist", "Languages");

    public static TheoryData<string> PackFiles() => [.. PackFileNames()];

    private static IEnumerable<string> PackFileNames() => Directory.GetFiles(LanguagesFolder, "*.json").Select(path => Path.GetFileName(path));

    private static JsonElement Pack(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(LanguagesFolder, file)));
        return document.RootElement.Clone();
    }

    private static string[] Keys(JsonElement section) => [.. section.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(PackFiles))]
    public void A_pack_words_every_item_and_element_and_nothing_else(string file)
    {
        string[] codes = [.. ChecklistCatalogue.Items.Select(i => i.Code), .. Enum.GetValues<PalermoElement>().Select(e => e.Code())];

        Keys(Pack(file).GetProperty("items")).ShouldBe(codes.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PackFiles))]
    public void A_pack_words_every_group_status_and_reason_and_nothing_else(string file)
    {
        var pack = Pack(file);

        Keys(pack.GetProperty("groups")).ShouldBe(Enum.GetNames<ChecklistGroup>().Order(StringComparer.Ordinal));
        Keys(pack.GetProperty("statuses")).ShouldBe(Enum.GetNames<TraffickingStatus>().Append(ChecklistLanguage.NoStatus).Order(StringComparer.Ordinal));
        Keys(pack.GetProperty("reasons")).ShouldBe(Enum.GetNames<ReasonKind>().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_pack_file_is_a_language_the_engine_offers()
    {
        ChecklistLanguage.Available.ShouldBe(PackFileNames().Select(Path.GetFileNameWithoutExtension), ignoreOrder: true);
    }

    [Fact]
    public void Every_item_reads_as_a_question_in_english()
    {
        var english = ChecklistLanguage.English;

        ChecklistCatalogue.Items.ShouldAllBe(item => english.Question(item.Code).EndsWith('?') && english.Label(item.Code).Length > 0);
    }

    [Fact]
    public void A_reason_is_written_with_the_labels_of_its_codes()
    {
        var reason = new Reason(ReasonKind.ElementEstablished, ["palermo.act", "act.recruitment", "act.transportation"]);

        ChecklistLanguage.English.Explain(reason).ShouldBe("Act established: Recruitment, Transportation.");
    }

    [Fact]
    public void Statuses_in_a_reason_are_written_by_name()
    {
        var reason = new Reason(ReasonKind.AgeNotKnown, ["ActualVictimOfTrafficking", ChecklistLanguage.NoStatus]);

        ChecklistLanguage.English.Explain(reason).ShouldBe("Age not known. Read as a child: actual victim of trafficking. Read as an adult: no status yet.");
        ChecklistLanguage.English.Status(null).ShouldBe("no status yet");
        ChecklistLanguage.English.GroupTitle(ChecklistGroup.PalermoMeans).ShouldStartWith("Means");
    }

    [Fact]
    public void A_language_without_a_pack_is_refused_by_name()
    {
        Should.Throw<ArgumentException>(() => ChecklistLanguage.For("xx")).Message.ShouldContain("'xx'");
    }
}
