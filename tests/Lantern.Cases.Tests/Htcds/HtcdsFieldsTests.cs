using Lantern.Cases.Htcds;

namespace Lantern.Cases.Tests.Htcds;

/// <summary>The catalogue is the standard's field list, read from the embedded copy, with Lantern's additions marked.</summary>
public sealed class HtcdsFieldsTests
{
    private static readonly string[][] Reference = [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Reference", "htcds-fields.csv"))
        .Skip(1).Select(line => line.Split(',', 7))];

    [Fact]
    public void The_catalogue_holds_the_83_fields_of_the_standard_in_its_order()
    {
        HtcdsFields.Standard.Count.ShouldBe(83);
        HtcdsFields.Standard.Select(field => field.Name).ShouldBe(Reference.Select(row => row[3]));
        HtcdsFields.Standard.Select(field => field.Label).ShouldBe(Reference.Select(row => row[4]));
        HtcdsFields.Standard.Select(field => field.Section).ShouldBe(Reference.Select(row => row[0]));
        HtcdsFields.Standard.Select(field => field.TypeAsWritten).ShouldBe(Reference.Select(row => row[5]));
    }

    [Fact]
    public void Picklist_values_are_the_standards_letter_for_letter_with_restricts_movement_added_to_methods_of_control()
    {
        foreach (var row in Reference.Where(row => row[5].Contains("Picklist", StringComparison.Ordinal) && !row[6].StartsWith("Use ISO", StringComparison.Ordinal)))
        {
            var expected = row[6].Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (row[3] == MethodsOfControl.FieldName)
            {
                expected.Add(MethodsOfControl.RestrictsMovement);
            }

            HtcdsFields.Find(row[3])!.Values.Select(value => value.Name).ShouldBe(expected, row[3]);
        }
    }

    [Fact]
    public void Deprecated_fields_are_flagged_and_not_collected()
    {
        var deprecated = HtcdsFields.Standard.Where(field => field.Status == HtcdsFieldStatus.Deprecated).Select(field => field.Name);

        deprecated.ShouldBe(["vic_AgreementToManagePersonalData", "vic_Vulnerabilities", "vic_DetailsOfVulnerabilities"]);
        HtcdsFields.Columns.ShouldNotContain(field => field.Status == HtcdsFieldStatus.Deprecated);
        Should.Throw<ArgumentException>(() => HtcdsCase.Empty.With("vic_Vulnerabilities", new[] { "Poverty" })).Message.ShouldContain("deprecated");
    }

    [Fact]
    public void The_columns_are_lanterns_seven_then_the_80_collected_fields_each_once()
    {
        HtcdsFields.Columns.Count.ShouldBe(87);
        HtcdsFields.Columns.Take(7).ShouldAllBe(field => field.Prefix == "lantern_");
        HtcdsFields.Columns.Select(field => field.Name).ShouldBeUnique();
    }

    [Fact]
    public void Every_field_has_a_known_prefix_and_the_right_types()
    {
        HtcdsFields.Standard.Select(field => field.Prefix).Distinct().ShouldBe(["org_", "prs_", "vic_", "per_", "cas_", "cco_", "hte_", "spl_", "con_"]);
        HtcdsFields.Get("vic_TypeOfExploitation").Type.ShouldBe(HtcdsFieldType.MultiselectPicklist);
        HtcdsFields.Get("prs_Birthdate").Type.ShouldBe(HtcdsFieldType.Date);
        HtcdsFields.Get("con_Consent").Type.ShouldBe(HtcdsFieldType.Checkbox);
        HtcdsFields.Get("cas_CaseOwner").Type.ShouldBe(HtcdsFieldType.Lookup);
        HtcdsFields.Get("prs_Citizenship").Codes.ShouldBe(HtcdsCodeList.Country);
        HtcdsFields.Get("prs_MailingCountry").Codes.ShouldBe(HtcdsCodeList.Country);
        HtcdsFields.Get("prs_PrimaryLanguage").Codes.ShouldBe(HtcdsCodeList.Language);
        HtcdsFields.Get("prs_Citizenship").Values.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("vic_TraffickingStatus", "PossibleVictimOfTrafficking", "Possible victim of trafficking")]
    [InlineData("vic_TraffickingStatusDecisionMakingOrg", "NGO", "NGO")]
    [InlineData("vic_ForcedLabourIndustry", "A_AgricultureForestryAndFishing", "A: Agriculture forestry and fishing")]
    [InlineData("vic_RecruitmentWebsitesAndApps", "WhatsApp", "WhatsApp")]
    [InlineData("prs_HighestLevelOfEducation", "PostSecondaryNonTertiaryEducation", "Post secondary non tertiary education")]
    public void A_value_without_a_label_gets_one_from_its_name(string field, string value, string label)
    {
        HtcdsFields.LabelOf(field, value).ShouldBe(label);
    }

    [Theory]
    [InlineData("MethodsOfControlRestrictsMovement", "RestrictsMovement")]
    [InlineData("MethodsOfControlUsesChildren", "ThreatensChildrenFamily")]
    [InlineData("MethodsOfControlThreatOfLawEnforcement", "ThreatsLawEnforcement")]
    [InlineData("MethodsOfControlThreats", "PhysicalThreats")]
    [InlineData("MethodsOfControlPsychoactiveSubstances", "PsychoactiveSubstance")]
    [InlineData("MethodsOfControlDebtBondage", "DebtBondage")]
    [InlineData("ThreatOfLawEnforcement", "ThreatsLawEnforcement")]
    [InlineData("WithholdsDocuments", "WithholdsDocuments")]
    public void Both_namings_of_methods_of_control_map_to_lanterns_one_list(string given, string stored)
    {
        HtcdsCase.Empty.With(MethodsOfControl.FieldName, given).Choices(MethodsOfControl.FieldName).ShouldBe([stored]);
    }

    [Fact]
    public void Every_mapped_definition_lands_on_a_value_of_lanterns_list()
    {
        var names = HtcdsFields.Get(MethodsOfControl.FieldName).Values.Select(value => value.Name);

        MethodsOfControl.FromDefinitions.Values.ShouldAllBe(value => names.Contains(value));
    }

    [Fact]
    public void The_country_list_holds_the_249_iso_codes()
    {
        IsoCountries.Codes.Count.ShouldBe(249);
        IsoCountries.Codes.ShouldAllBe(code => code.Length == 2 && code.All(char.IsAsciiLetterUpper));
        IsoCountries.Codes.ShouldContain("GR");
        IsoCountries.Codes.ShouldNotContain("XX");
    }
}
