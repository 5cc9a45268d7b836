using System.Security.Cryptography;
using Lantern.Cases.Protection;

namespace Lantern.Cases.Tests.Protection;

/// <summary>A person is found by exact name, identity number, phone or e-mail through a keyed hash, however the value was typed.</summary>
public sealed class BlindIndexTests
{
    private const string Name = "Person.Name";

    private readonly FieldKeyRing _ring = FieldKeyRing.CreateNew();

    private BlindIndex Index => new(_ring);

    [Theory]
    [InlineData("  María  José ", "MARÍA JOSÉ")]
    [InlineData("maría josé", "MARÍA JOSÉ")]
    [InlineData("Mari\u0301a Jose\u0301", "MARÍA JOSÉ")] // combining accents, as some keyboards type them
    [InlineData("María\tJosé", "María José")]
    [InlineData("Ｍａｒíａ", "MARÍA")] // full-width letters
    [InlineData("ﬁona", "FIONA")] // a ligature
    [InlineData("Олена", "ОЛЕНА")]
    [InlineData("Ǆuro", "džuro")]
    [InlineData("한국", "\u1112\u1161\u11AB\u1100\u116E\u11A8")] // Hangul syllables and their jamo
    public void Names_typed_differently_give_the_same_index(string one, string other)
    {
        Index.Of(one, Name, IndexedValueKind.PersonName).ShouldBe(Index.Of(other, Name, IndexedValueKind.PersonName));
    }

    [Theory]
    [InlineData("María José", "Maria Jose")]
    [InlineData("María José", "MaríaJosé")]
    [InlineData("Anna", "Ana")]
    public void Different_names_give_different_indexes(string one, string other)
    {
        Index.Of(one, Name, IndexedValueKind.PersonName).ShouldNotBe(Index.Of(other, Name, IndexedValueKind.PersonName));
    }

    [Fact]
    public void Marks_in_either_order_are_one_name()
    {
        // c + cedilla (class 202) + acute (230), typed in both orders and precomposed (U+1E09), is one canonical spelling.
        IndexNormaliser.PersonName("c\u0327\u0301").ShouldBe(IndexNormaliser.PersonName("c\u0301\u0327"));
        IndexNormaliser.PersonName("\u1E09").ShouldBe(IndexNormaliser.PersonName("c\u0301\u0327"));
    }

    [Theory]
    [InlineData("+39 333 123 4567", "+393331234567")]
    [InlineData("+39 (333) 123-4567", "0039 333 1234567")]
    [InlineData("+39 333 123 4567", "٣٩٣٣٣١٢٣٤٥٦٧")] // Arabic-Indic digits
    public void Phones_written_differently_give_the_same_index(string one, string other)
    {
        Index.Of(one, "Person.Phone", IndexedValueKind.Phone).ShouldBe(Index.Of(other, "Person.Phone", IndexedValueKind.Phone));
        IndexNormaliser.Phone(one).ShouldBe("393331234567");
    }

    [Theory]
    [InlineData("ab-123 456", "AB123456")]
    [InlineData("AB.123/456", "AB 123 456")]
    [InlineData("ＡＢ１２３４５６", "AB123456")]
    public void Identity_numbers_without_spaces_and_dashes_match(string one, string other)
    {
        Index.Of(one, "Person.IdentityNumber", IndexedValueKind.IdentityNumber)
            .ShouldBe(Index.Of(other, "Person.IdentityNumber", IndexedValueKind.IdentityNumber));
    }

    [Fact]
    public void E_mail_addresses_match_in_any_case()
    {
        IndexNormaliser.Email(" Maria.Jose@Example.ORG ").ShouldBe("maria.jose@example.org");
        Index.Of("Maria.Jose@Example.ORG", "Person.Email", IndexedValueKind.Email).ShouldBe(Index.Of("maria.jose@example.org", "Person.Email", IndexedValueKind.Email));
    }

    [Fact]
    public void The_same_value_in_two_fields_gives_two_indexes()
    {
        Index.Of("Maria", "Person.Name", IndexedValueKind.PersonName).ShouldNotBe(Index.Of("Maria", "Person.MotherName", IndexedValueKind.PersonName));
        Index.OfNormalised("AB", "C").ShouldNotBe(Index.OfNormalised("B", "CA"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_to_index_gives_no_index(string? value)
    {
        Index.Of(value, Name, IndexedValueKind.PersonName).ShouldBeNull();
        Index.Of("- -", "Person.Phone", IndexedValueKind.Phone).ShouldBeNull();
    }

    [Fact]
    public void The_index_is_16_bytes_in_base64url_and_shows_nothing_of_the_value()
    {
        var index = Index.Of("María José", Name, IndexedValueKind.PersonName)!;

        index.Length.ShouldBe(22);
        index.ShouldNotContain("MAR");
    }

    [Fact]
    public void The_index_is_the_truncated_HMAC_of_field_and_normalised_value_under_the_derived_index_key()
    {
        var normalised = IndexNormaliser.PersonName("María")!;
        byte[] input = [0, 0, 0, 11, .. "Person.Name"u8, .. System.Text.Encoding.UTF8.GetBytes(normalised)];
        var expected = HMACSHA256.HashData(_ring.IndexKey, input)[..16];

        Index.Of("maría", Name, IndexedValueKind.PersonName).ShouldBe(System.Buffers.Text.Base64Url.EncodeToString(expected));
    }

    [Fact]
    public void Another_key_file_gives_other_indexes()
    {
        Index.Of("María", Name, IndexedValueKind.PersonName).ShouldNotBe(new BlindIndex(FieldKeyRing.CreateNew()).Of("María", Name, IndexedValueKind.PersonName));
    }

    [Fact]
    public void Rotating_the_field_keys_keeps_every_index()
    {
        var rotated = _ring.WithNewCurrentKey().WithNewCurrentKey().WithoutKey(1);

        new BlindIndex(rotated).Of("María José", Name, IndexedValueKind.PersonName).ShouldBe(Index.Of("María José", Name, IndexedValueKind.PersonName));
    }

    /// <summary>
    /// RFC 4231 ("Identifier and Test Vectors for HMAC-SHA-224, HMAC-SHA-256, HMAC-SHA-384, and
    /// HMAC-SHA-512"), section 4.3, test case 2: key "Jefe", data "what do ya want for nothing?".
    /// </summary>
    [Fact]
    public void The_MAC_primitive_gives_the_RFC_4231_test_case_2_answer()
    {
        var mac = HMACSHA256.HashData("Jefe"u8, "what do ya want for nothing?"u8);

        Convert.ToHexStringLower(mac).ShouldBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
