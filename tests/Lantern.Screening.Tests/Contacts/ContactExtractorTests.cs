using Lantern.Screening.Contacts;

namespace Lantern.Screening.Tests.Contacts;

public sealed class ContactExtractorTests
{
    private const string Ad =
        "NEW IN TOWN 💋 Sweet Anna, 22 years old, 170 cm. Available 24/7, €150 per hour. "
        + "Call 0 7 7 0 0 nine 0 0 1 2 3 or WhatsApp +44 7700 900456. Mail anna [at] example [dot] com, "
        + "pics on www.Example.com/anna/ and insta: anna.b, tg @anna_x. Deposit in BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa.";

    [Fact]
    public void Every_kind_of_contact_in_an_ad_is_found_in_order_of_position()
    {
        var found = Extracted.All(Ad, "GB");

        found.Select(e => (e.Type, e.Value, e.Evidence.Text)).ShouldBe(
        [
            (EntityType.Phone, "+447700900123", "0 7 7 0 0 nine 0 0 1 2 3"),
            (EntityType.Phone, "+447700900456", "+44 7700 900456"),
            (EntityType.Email, "anna@example.com", "anna [at] example [dot] com"),
            (EntityType.Url, "example.com/anna", "www.Example.com/anna/"),
            (EntityType.Handle, "instagram:anna.b", "insta: anna.b"),
            (EntityType.Handle, "telegram:anna_x", "tg @anna_x"),
            (EntityType.Wallet, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),
        ]);
        found.ShouldAllBe(e => Ad.Substring(e.Evidence.Start, e.Evidence.End - e.Evidence.Start) == e.Evidence.Text);
    }

    [Fact]
    public void Contacts_are_appended_to_what_the_list_already_holds()
    {
        var found = new List<Entity>();

        ContactExtractor.Extract("call 07700 900123", "GB", found);
        ContactExtractor.Extract("mail anna@example.com", "GB", found);

        found.Select(e => e.Type).ShouldBe([EntityType.Phone, EntityType.Email]);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Just words, nothing to contact.")]
    [InlineData("@")]
    [InlineData("+")]
    [InlineData("(")]
    public void Text_without_contacts_yields_nothing(string text)
    {
        Extracted.All(text, "GB").ShouldBeEmpty();
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Should.Throw<ArgumentNullException>(() => ContactExtractor.Extract(null!, "GB", []));
        Should.Throw<ArgumentNullException>(() => ContactExtractor.Extract("text", "GB", null!));
    }
}
