using Lantern.Cases.Identification;
using Lantern.Cases.Identification.Checklist;

namespace Lantern.Cases.Tests.Identification.Checklist;

public sealed class ChecklistCatalogueTests
{
    [Fact]
    public void Every_code_is_used_once()
    {
        ChecklistCatalogue.Items.Select(i => i.Code).ShouldBeUnique();
    }

    [Fact]
    public void Every_code_starts_with_the_prefix_of_its_group()
    {
        var prefixes = new Dictionary<ChecklistGroup, string>
        {
            [ChecklistGroup.ForcedLabourIndicator] = "ilo.",
            [ChecklistGroup.SignOfVictim] = "sign.",
            [ChecklistGroup.ETraffickingSign] = "online.",
            [ChecklistGroup.PalermoAct] = "act.",
            [ChecklistGroup.PalermoMeans] = "means.",
            [ChecklistGroup.PalermoPurpose] = "purpose.",
        };

        ChecklistCatalogue.Items.ShouldAllBe(item => item.Code.StartsWith(prefixes[item.Group], StringComparison.Ordinal));
    }

    [Fact]
    public void Every_item_links_to_a_knowledge_article_that_exists()
    {
        var articles = Directory.GetFiles(RepositoryFiles.PathOf("src", "Lantern.Web", "Features", "Knowledge", "Articles"), "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .ToHashSet();

        articles.ShouldNotBeEmpty();
        ChecklistCatalogue.Items.Where(item => !articles.Contains(item.KnowledgeSlug)).Select(i => i.Code).ShouldBeEmpty();
    }

    [Fact]
    public void The_ilo_group_holds_the_eleven_indicators_of_forced_labour()
    {
        ChecklistCatalogue.Items.Where(i => i.Group == ChecklistGroup.ForcedLabourIndicator).Select(i => i.Code).ShouldBe(
        [
            "ilo.abuse_of_vulnerability", "ilo.deception", "ilo.restriction_of_movement", "ilo.isolation",
            "ilo.physical_and_sexual_violence", "ilo.intimidation_and_threats", "ilo.retention_of_identity_documents",
            "ilo.withholding_of_wages", "ilo.debt_bondage", "ilo.abusive_conditions", "ilo.excessive_overtime",
        ]);
    }

    [Fact]
    public void The_forms_of_each_element_are_the_ones_article_3_lists()
    {
        Codes(PalermoElement.Act).ShouldBe(["act.recruitment", "act.transportation", "act.transfer", "act.harbouring", "act.receipt"]);
        Codes(PalermoElement.Means).ShouldBe(
        [
            "means.threat_of_force", "means.use_of_force", "means.coercion", "means.abduction", "means.fraud",
            "means.deception", "means.abuse_of_power", "means.abuse_of_vulnerability", "means.payment_to_controller",
        ]);
        Codes(PalermoElement.Purpose).ShouldContain("purpose.sexual_exploitation");
        Codes(PalermoElement.Purpose).ShouldContain("purpose.organ_removal");
    }

    [Fact]
    public void Every_purpose_and_only_a_purpose_maps_to_an_htcds_type_of_exploitation()
    {
        ChecklistCatalogue.Items.ShouldAllBe(item => (item.Exploitation != null) == (item.Element == PalermoElement.Purpose));
    }

    [Fact]
    public void Indicators_are_the_items_outside_the_palermo_groups()
    {
        ChecklistCatalogue.Items.Where(i => i.IsIndicator).Select(i => i.Group).Distinct()
            .ShouldBe([ChecklistGroup.ForcedLabourIndicator, ChecklistGroup.SignOfVictim, ChecklistGroup.ETraffickingSign]);
    }

    [Fact]
    public void An_unknown_code_is_refused_by_name()
    {
        Should.Throw<ArgumentException>(() => ChecklistCatalogue.Item("ilo.unknown")).Message.ShouldContain("'ilo.unknown'");
    }

    private static string[] Codes(PalermoElement element) =>
        [.. ChecklistCatalogue.Items.Where(i => i.Element == element).Select(i => i.Code)];
}
