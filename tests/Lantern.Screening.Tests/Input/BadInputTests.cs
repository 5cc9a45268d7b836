using System.Text;
using Lantern.Screening.Tests.Pipeline;

namespace Lantern.Screening.Tests.Input;

/// <summary>Every kind of bad line is rejected with its line number and reason, and the rest is still screened.</summary>
public sealed class BadInputTests
{
    private static (long Line, string Reason, int? Column)[] Rejections(ScreeningOutput output) =>
        [.. output.Errors.Select(e => (e.GetProperty("line").GetInt64(), e.GetProperty("reason").GetString()!, e.TryGetProperty("column", out var c) ? c.GetInt32() : (int?)null))];

    [Fact]
    public void Each_bad_line_is_reported_and_the_good_ones_are_screened_in_order()
    {
        var input = string.Join('\n',
            """{"id":"a1","text":"Escort in Leeds, incall."}""",
            """{"id":"a2","text":"unterminated""",
            """{"text":"no id here"}""",
            """{"id":"a4"}""",
            """[1,2,3]""",
            """{"id":"a6","text":42}""",
            """{"id":"a7","text":"ok","posted_at":"yesterday"}""",
            """{"id":"a8","text":"ok","image_hashes":["12345"]}""",
            """{"id":"a9","text":"ok","kind":"robot"}""",
            """{"id":"a10","text":"ok","country":"GBR"}""",
            "",
            """{"id":"a12","title":"Nanny wanted","description":"Live-in nanny for a family."}""",
            """{"id":"a13","text":"ok"} trailing""");

        using var output = ScreeningOutput.Run(input);

        output.Ads.Select(a => a.GetProperty("id").GetString()).ShouldBe(["a1", "a12"]);
        var rejections = Rejections(output);
        rejections.Select(r => r.Line).ShouldBe([2, 3, 4, 5, 6, 7, 8, 9, 10, 13]);
        rejections.Select(r => r.Reason).ToArray().ShouldSatisfyAllConditions(
            r => r[0].ShouldStartWith("malformed JSON"),
            r => r[1].ShouldBe("missing id"),
            r => r[2].ShouldStartWith("missing text"),
            r => r[3].ShouldBe("a line must hold one JSON object"),
            r => r[4].ShouldBe("text must be a string"),
            r => r[5].ShouldContain("posted_at \"yesterday\" is not an ISO 8601"),
            r => r[6].ShouldContain("image_hashes[0] \"12345\" is not 16 hexadecimal digits"),
            r => r[7].ShouldContain("kind \"robot\""),
            r => r[8].ShouldContain("country \"GBR\""),
            r => r[9].ShouldStartWith("malformed JSON"));
        rejections[0].Column.ShouldNotBeNull();
        output.Summary.Rejected.ShouldBe(10);
    }

    [Fact]
    public void Invalid_utf8_is_rejected_with_the_byte_column()
    {
        var good = Encoding.UTF8.GetBytes("{\"id\":\"ok\",\"text\":\"fine\"}\n");
        var bad = Encoding.UTF8.GetBytes("{\"id\":\"x\",\"text\":\"caf");
        byte[] input = [.. good, .. bad, 0xC3, 0x28, .. "\"}\n"u8];

        using var output = ScreeningOutput.Run(input);

        Rejections(output).ShouldBe([(2L, "not valid UTF-8", bad.Length + 1)]);
        output.Ads.Count.ShouldBe(1);
    }

    [Fact]
    public void A_line_over_one_megabyte_is_skipped_without_losing_the_lines_around_it()
    {
        var huge = "{\"id\":\"big\",\"text\":\"" + new string('x', 3 << 20) + "\"}";
        var input = "{\"id\":\"before\",\"text\":\"a\"}\n" + huge + "\n{\"id\":\"after\",\"text\":\"b\"}\n";

        using var output = ScreeningOutput.Run(input);

        output.Ads.Select(a => a.GetProperty("id").GetString()).ShouldBe(["before", "after"]);
        Rejections(output).Single().ShouldBe((2L, "record longer than 1 MB", null));
    }

    [Fact]
    public void Unknown_fields_are_passed_through_untouched()
    {
        using var output = ScreeningOutput.Run("""{"id":7,"text":"hello","source":{"crawl":"x","tags":["a",1]},"score":0.5}""");

        var ad = output.Ads.Single();
        ad.GetProperty("id").GetString().ShouldBe("7");
        ad.GetProperty("extra").GetRawText().ShouldBe("""{"source":{"crawl":"x","tags":["a",1]},"score":0.5}""");
    }

    [Fact]
    public void Csv_records_may_span_lines_and_bad_records_name_their_line()
    {
        const string csv = "id,title,description,platform,image_hashes,notes\r\n" +
            "j1,Nanny,\"Live-in nanny.\nVisa provided, flight paid.\",jobs-d,0123456789abcdef;fedcba9876543210,first\r\n" +
            "j2,Cook,\"never closed\r\n";
        var csvWithShortRow = csv.Replace("j2,Cook,\"never closed\r\n", "j2,Cook\r\nj3,Maid,Cleaning,,,\"quote \"\"inside\"\"\"\r\n", StringComparison.Ordinal);

        using var output = ScreeningOutput.Run(csvWithShortRow, InputFormat.Csv);

        var ads = output.Ads;
        ads.Select(a => a.GetProperty("id").GetString()).ShouldBe(["j1", "j3"]);
        ads[0].GetProperty("extra").GetProperty("notes").GetString().ShouldBe("first");
        ads[1].GetProperty("extra").GetProperty("notes").GetString().ShouldBe("quote \"inside\"");
        Rejections(output).Single().ShouldBe((4L, "expected 6 fields as in the header, found 2", null));
    }

    [Fact]
    public void A_csv_without_an_id_column_is_refused_as_a_whole()
    {
        var error = Should.Throw<InvalidDataException>(() => ScreeningOutput.Run("title,text\nA,B\n", InputFormat.Csv));

        error.Message.ShouldBe("line 1: the CSV header has no id column");
    }

    [Fact]
    public void An_unclosed_csv_quote_is_reported()
    {
        using var output = ScreeningOutput.Run("id,text\nx1,\"open\n", InputFormat.Csv);

        Rejections(output).Single().Reason.ShouldBe("a quoted field is not closed");
    }
}
