using Lantern.Screening.Contacts;

namespace Lantern.Screening.Tests.Contacts;

public sealed class UrlTests
{
    [Theory]
    [InlineData("https://www.Example.com/Path/To/?utm=1#x", "example.com/Path/To", "https://www.Example.com/Path/To/?utm=1#x")]
    [InlineData("http://example.org", "example.org", "http://example.org")]
    [InlineData("www.foo.org.", "foo.org", "www.foo.org")]
    [InlineData("www.escorts.example", "escorts.example", "www.escorts.example")]
    [InlineData("example.com/path", "example.com/path", "example.com/path")]
    [InlineData("EXAMPLE.COM", "example.com", "EXAMPLE.COM")]
    [InlineData("MySite.com/gallery/", "mysite.com/gallery", "MySite.com/gallery/")]
    [InlineData("site.co.uk/a?b=c", "site.co.uk/a", "site.co.uk/a?b=c")]
    [InlineData("http://192.168.0.1:8080/x", "192.168.0.1/x", "http://192.168.0.1:8080/x")]
    public void Addresses_become_host_and_path(string written, string value, string evidence)
    {
        var url = Extracted.OfType(EntityType.Url, $"see {written} now", "GB").ShouldHaveSingleItem();

        url.Value.ShouldBe(value);
        url.Evidence.Text.ShouldBe(evidence);
    }

    [Theory]
    [InlineData("photo.jpg")]
    [InlineData("e.g. this")]
    [InlineData("i.e. that")]
    [InlineData("fun.It was great")]
    [InlineData("a.m. or p.m.")]
    [InlineData("version 1.2.3")]
    [InlineData("ok.then")]
    [InlineData("€1.500")]
    [InlineData("the planet.BE careful")]
    public void File_names_abbreviations_and_run_on_sentences_are_not_urls(string text)
    {
        Extracted.Values(EntityType.Url, text, "GB").ShouldBeEmpty();
    }

    [Fact]
    public void Messenger_links_also_name_the_handle_or_number()
    {
        var found = Extracted.All("t.me/Anna_x and wa.me/447700900123 and instagram.com/anna.b/", "GB");

        found.Select(e => (e.Type, e.Value)).ShouldBe(
        [
            (EntityType.Url, "t.me/Anna_x"),
            (EntityType.Handle, "telegram:anna_x"),
            (EntityType.Url, "wa.me/447700900123"),
            (EntityType.Phone, "+447700900123"),
            (EntityType.Url, "instagram.com/anna.b"),
            (EntityType.Handle, "instagram:anna.b"),
        ]);
    }
}
