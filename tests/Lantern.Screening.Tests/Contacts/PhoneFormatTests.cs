using Lantern.Screening.Contacts;
using Lantern.Screening.Text;

namespace Lantern.Screening.Tests.Contacts;

/// <summary>Every way of writing a number that the issue lists, per region, normalised to E.164.</summary>
public sealed class PhoneFormatTests
{
    [Theory]
    // United Kingdom: separators, brackets, international forms, the trunk 0 kept after +44.
    [InlineData("GB", "07700 900123", "+447700900123")]
    [InlineData("GB", "07700900123", "+447700900123")]
    [InlineData("GB", "07700-900-123", "+447700900123")]
    [InlineData("GB", "07700.900.123", "+447700900123")]
    [InlineData("GB", "07700/900/123", "+447700900123")]
    [InlineData("GB", "(07700) 900123", "+447700900123")]
    [InlineData("GB", "+44 7700 900123", "+447700900123")]
    [InlineData("GB", "+44 (0)7700 900123", "+447700900123")]
    [InlineData("GB", "+44 07700 900123", "+447700900123")]
    [InlineData("GB", "0044 7700 900123", "+447700900123")]
    [InlineData("GB", "44 7700 900123", "+447700900123")]
    [InlineData("GB", "020 7946 0123", "+442079460123")]
    [InlineData("GB", "+44 20 7946 0123", "+442079460123")]
    [InlineData("GB", "0800 123456", "+44800123456")]
    // United States and Canada: the optional leading 1, and area code and exchange from 2-9.
    [InlineData("US", "(212) 555-0123", "+12125550123")]
    [InlineData("US", "212-555-0123", "+12125550123")]
    [InlineData("US", "212.555.0123", "+12125550123")]
    [InlineData("US", "2125550123", "+12125550123")]
    [InlineData("US", "1-212-555-0123", "+12125550123")]
    [InlineData("US", "1 (800) 555-0199", "+18005550199")]
    [InlineData("US", "+1 212 555 0123", "+12125550123")]
    [InlineData("CA", "(416) 555-0123", "+14165550123")]
    [InlineData("CA", "+1 604 555 0123", "+16045550123")]
    // Italy: the fixed-line 0 stays after +39; mobiles start with 3.
    [InlineData("IT", "333 123 4567", "+393331234567")]
    [InlineData("IT", "+39 333 1234567", "+393331234567")]
    [InlineData("IT", "06 1234 5678", "+390612345678")]
    [InlineData("IT", "+39 06 1234 5678", "+390612345678")]
    [InlineData("IT", "0039 02 1234 5678", "+390212345678")]
    // Greece: ten digits, no trunk prefix.
    [InlineData("GR", "691 234 5678", "+306912345678")]
    [InlineData("GR", "210 123 4567", "+302101234567")]
    [InlineData("GR", "+30 691 234 5678", "+306912345678")]
    // Indonesia: 0 trunk prefix, long mobile numbers.
    [InlineData("ID", "0812-3456-7890", "+6281234567890")]
    [InlineData("ID", "+62 812 3456 7890", "+6281234567890")]
    [InlineData("ID", "021 1234 5678", "+622112345678")]
    // Germany.
    [InlineData("DE", "0151 23456789", "+4915123456789")]
    [InlineData("DE", "0170 1234567", "+491701234567")]
    [InlineData("DE", "030 1234567", "+49301234567")]
    [InlineData("DE", "+49 (0)30 1234567", "+49301234567")]
    // France: pairs with spaces, dots or dashes.
    [InlineData("FR", "06 12 34 56 78", "+33612345678")]
    [InlineData("FR", "06.12.34.56.78", "+33612345678")]
    [InlineData("FR", "01-42-68-53-00", "+33142685300")]
    [InlineData("FR", "+33 6 12 34 56 78", "+33612345678")]
    // Spain: nine digits, no trunk prefix.
    [InlineData("ES", "612 345 678", "+34612345678")]
    [InlineData("ES", "+34 612 34 56 78", "+34612345678")]
    [InlineData("ES", "91 123 45 67", "+34911234567")]
    // Netherlands.
    [InlineData("NL", "06-12345678", "+31612345678")]
    [InlineData("NL", "+31 6 12345678", "+31612345678")]
    [InlineData("NL", "020 123 4567", "+31201234567")]
    public void National_and_international_formats_normalise_to_E164(string region, string written, string e164)
    {
        var phones = Extracted.OfType(EntityType.Phone, $"Call me on {written} any time", region);

        phones.Select(p => p.Value).ShouldBe([e164]);
        phones[0].Evidence.Text.ShouldBe(written);
    }

    [Theory]
    [InlineData("0 7 7 0 0 9 0 0 1 2 3")]
    [InlineData("zero seven seven zero zero nine zero zero one two three")]
    [InlineData("ZERO SEVEN SEVEN zero zero NINE zero zero one two three")]
    [InlineData("07seven00 9OO l23")]
    [InlineData("0seven7OO-9OO-I23")]
    [InlineData("zeroseven seven 00 900 123")]
    [InlineData("0 double seven 00 900 123")]
    [InlineData("0️⃣7️⃣7️⃣0️⃣0️⃣ 9️⃣0️⃣0️⃣1️⃣2️⃣3️⃣")]
    [InlineData("０７７００ ９００１２３")]
    [InlineData("O77OO 9OO123")]
    [InlineData("07700 900l23")]
    [InlineData("07700 9OO|23")]
    [InlineData("𝟎𝟕𝟕𝟎𝟎 𝟗𝟎𝟎𝟏𝟐𝟑")]
    [InlineData("⓪⑦⑦⓪⓪ ⑨⓪⓪①②③")]
    [InlineData("0\u200B7\u200B7\u200B0\u200B0\u200B9\u200B0\u200B0\u200B1\u200B2\u200B3")]
    [InlineData("+4 4 7 7 0 0 9 0 0 1 2 3")]
    [InlineData("+44-seven-seven-zero-zero-nine-zero-zero-one-two-three")]
    public void Obfuscated_numbers_are_read_and_the_evidence_covers_what_was_written(string written)
    {
        var text = $"Sexy new girl 💋 call {written} now";

        var phone = Extracted.OfType(EntityType.Phone, text, "GB").ShouldHaveSingleItem();

        phone.Value.ShouldBe("+447700900123");
        phone.Evidence.Text.ShouldBe(written);
        text[phone.Evidence.Start..phone.Evidence.End].ShouldBe(written);
    }

    [Fact]
    public void The_issue_example_spans_the_whole_written_number()
    {
        var phone = Extracted.OfType(EntityType.Phone, "call 0 7 7 0 0 nine 0 0 1 2 3", "GB").ShouldHaveSingleItem();

        phone.Value.ShouldBe("+447700900123");
        phone.Evidence.ShouldBe(new Evidence(5, 29, "0 7 7 0 0 nine 0 0 1 2 3"));
    }

    [Theory]
    [InlineData("+234 803 123 4567", "+2348031234567")]
    [InlineData("+7 912 345-67-89", "+79123456789")]
    [InlineData("+40 712 345 678", "+40712345678")]
    [InlineData("00359 88 123 4567", "+359881234567")]
    public void International_numbers_of_countries_without_a_plan_are_taken_when_E164_allows(string written, string e164)
    {
        Extracted.Values(EntityType.Phone, $"whatsapp {written}", "GB").ShouldBe([e164]);
    }

    [Theory]
    [InlineData("(123) 555-0123")]
    [InlineData("212-155-0123")]
    [InlineData("219-555-01234")]
    [InlineData("555-0123")]
    public void North_American_numbers_must_fit_the_plan(string written)
    {
        Extracted.Values(EntityType.Phone, $"call {written}", "US").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("+44 7700 900123", "+447700900123")]
    [InlineData("447700900123", "+447700900123")]
    [InlineData("612 345 678", "+34612345678")]
    public void Without_a_region_international_and_unambiguous_numbers_are_taken(string written, string e164)
    {
        Extracted.Values(EntityType.Phone, $"call {written}", region: null).ShouldBe([e164]);
    }

    [Theory]
    [InlineData("07700 900123")]
    [InlineData("(212) 555-0123")]
    [InlineData("06 12 34 56 78")]
    public void Without_a_region_numbers_several_countries_accept_are_left_alone(string written)
    {
        Extracted.Values(EntityType.Phone, $"call {written}", region: null).ShouldBeEmpty();
    }

    [Fact]
    public void A_region_without_a_plan_behaves_like_no_region()
    {
        Extracted.Values(EntityType.Phone, "call 07700 900123 or +44 7700 900456", "PL").ShouldBe(["+447700900456"]);
    }

    [Fact]
    public void Region_codes_are_case_insensitive()
    {
        Extracted.Values(EntityType.Phone, "call 07700 900123", "gb").ShouldBe(["+447700900123"]);
    }

    [Fact]
    public void Numbers_next_to_each_other_are_told_apart()
    {
        Extracted.Values(EntityType.Phone, "07700 900123 07700 900456, 07700900789/07700900321", "GB")
            .ShouldBe(["+447700900123", "+447700900456", "+447700900789", "+447700900321"]);
    }

    [Fact]
    public void A_label_run_into_the_number_does_not_hide_it()
    {
        Extracted.Values(EntityType.Phone, "Tel07700900123 WA:07700900456 HP:0812-3456-7890", "GB")
            .ShouldBe(["+447700900123", "+447700900456"]);
    }
}
