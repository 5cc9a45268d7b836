using Lantern.Screening.Contacts;

namespace Lantern.Screening.Tests.Contacts;

public sealed class EmailTests
{
    [Theory]
    [InlineData("anna@example.com", "anna@example.com")]
    [InlineData("Anna.Smith+ads@Example.CO.UK.", "anna.smith+ads@example.co.uk")]
    [InlineData("anna at example dot com", "anna@example.com")]
    [InlineData("anna AT example DOT com", "anna@example.com")]
    [InlineData("anna(at)example(dot)com", "anna@example.com")]
    [InlineData("anna [at] example [dot] com", "anna@example.com")]
    [InlineData("anna {at} example {dot} com", "anna@example.com")]
    [InlineData("anna (@) example (.) com", "anna@example.com")]
    [InlineData("anna @ example . com", "anna@example.com")]
    [InlineData("anna@example dot com", "anna@example.com")]
    [InlineData("anna(at)example.com", "anna@example.com")]
    [InlineData("07700900123@gmail.com", "07700900123@gmail.com")]
    public void Plain_and_obfuscated_addresses_are_found_in_lower_case(string written, string value)
    {
        var email = Extracted.OfType(EntityType.Email, $"Write to {written} today", "GB").ShouldHaveSingleItem();

        email.Value.ShouldBe(value);
        written.ShouldStartWith(email.Evidence.Text);
    }

    [Theory]
    [InlineData("pics at mysite.com")]
    [InlineData("image@2x.png")]
    [InlineData("anna@localhost")]
    [InlineData("meet me at home. Com")]
    [InlineData("anna at example dot notatld")]
    [InlineData("see you at the bar dot")]
    public void Text_that_only_looks_like_an_address_is_not_one(string text)
    {
        Extracted.Values(EntityType.Email, text, "GB").ShouldBeEmpty();
    }

    [Fact]
    public void An_address_is_neither_a_handle_nor_a_url_nor_a_phone_number()
    {
        var found = Extracted.All("anna@example.com 07700900123@example.com", "GB");

        found.Select(e => e.Type).ShouldBe([EntityType.Email, EntityType.Email]);
    }
}
