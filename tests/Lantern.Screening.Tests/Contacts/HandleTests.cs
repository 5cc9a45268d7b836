using Lantern.Screening.Contacts;

namespace Lantern.Screening.Tests.Contacts;

public sealed class HandleTests
{
    [Theory]
    [InlineData("@Anna_x", "@anna_x")]
    [InlineData("telegram: anna", "telegram:anna")]
    [InlineData("Telegram - @Anna", "telegram:anna")]
    [InlineData("tg @anna", "telegram:anna")]
    [InlineData("TG:anna_x", "telegram:anna_x")]
    [InlineData("insta: anna.b", "instagram:anna.b")]
    [InlineData("IG @anna.b", "instagram:anna.b")]
    [InlineData("snap: anna-b", "snapchat:anna-b")]
    [InlineData("snapchat = annab", "snapchat:annab")]
    [InlineData("kik: Anna", "kik:anna")]
    [InlineData("wickr me: annaw", "wickr:annaw")]
    [InlineData("wickr: annaw", "wickr:annaw")]
    [InlineData("signal → @sig_user", "signal:sig_user")]
    [InlineData("line: anna_l", "line:anna_l")]
    [InlineData("Line @anna_l", "line:anna_l")]
    public void Handles_are_found_with_their_platform(string written, string value)
    {
        var handle = Extracted.OfType(EntityType.Handle, $"add me {written} xx", "GB").ShouldHaveSingleItem();

        handle.Value.ShouldBe(value);
        handle.Evidence.Text.ShouldBe(written);
    }

    [Theory]
    [InlineData("anna@example.com")]
    [InlineData("snap a picture")]
    [InlineData("line up now")]
    [InlineData("Public Line :Government offices")]
    [InlineData("Signal - fire")]
    [InlineData("@ 10pm")]
    [InlineData("roses @300")]
    [InlineData("telegram: 07700900123")]
    [InlineData("@anna.com")]
    public void Addresses_prose_and_numbers_are_not_handles(string text)
    {
        Extracted.Values(EntityType.Handle, text, "GB").ShouldBeEmpty();
    }

    [Fact]
    public void A_whatsapp_label_introduces_a_phone_number()
    {
        var found = Extracted.All("WhatsApp: +44 7700 900123", "GB");

        found.Select(e => (e.Type, e.Value)).ShouldBe([(EntityType.Phone, "+447700900123")]);
    }
}
