using System.Buffers.Text;
using System.Security.Cryptography;
using Lantern.Cases.Protection;

namespace Lantern.Cases.Tests.Protection;

/// <summary>Identifying fields come back as they went in, and only to the field and record they were sealed for.</summary>
public sealed class FieldCipherTests
{
    private const string Context = "Case.PersonName/42";

    private readonly FieldCipher _cipher = new(FieldKeyRing.CreateNew());

    [Theory]
    [InlineData("María José Pérez")]
    [InlineData("Олена Коваленко")]
    [InlineData("阮氏梅")]
    [InlineData("فاطمة الزهراء")]
    [InlineData("Ngozi 👩🏾‍🦱 Okafor")]
    [InlineData("")]
    [InlineData(" ")]
    public void Text_comes_back_as_it_went_in(string plaintext)
    {
        var sealedValue = _cipher.Protect(plaintext, Context);

        sealedValue.ShouldNotBeNull();
        _cipher.Unprotect(sealedValue, Context).ShouldBe(plaintext);
    }

    [Fact]
    public void A_sealed_value_shows_nothing_of_the_plaintext_and_is_base64url()
    {
        var sealedValue = _cipher.Protect("Maria Jose", Context)!;

        sealedValue.ShouldNotContain("Maria");
        sealedValue.ShouldAllBe(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_');
        Base64Url.DecodeFromChars(sealedValue).Length.ShouldBe("Maria Jose".Length + FieldCipher.Overhead);
    }

    [Fact]
    public void Null_stays_null()
    {
        _cipher.Protect((string?)null, Context).ShouldBeNull();
        _cipher.Unprotect((string?)null, Context).ShouldBeNull();
    }

    [Fact]
    public void A_megabyte_of_text_and_of_bytes_comes_back()
    {
        var text = string.Concat(Enumerable.Repeat("Free text of a case note, with ümlauts. ", 26_000));
        var bytes = RandomNumberGenerator.GetBytes(1024 * 1024);

        _cipher.Unprotect(_cipher.Protect(text, Context), Context).ShouldBe(text);
        _cipher.Unprotect(_cipher.Protect(bytes, "Case.Upload/42/7"), "Case.Upload/42/7").ShouldBe(bytes);
    }

    [Fact]
    public void The_same_plaintext_seals_differently_each_time()
    {
        var values = Enumerable.Range(0, 20).Select(_ => _cipher.Protect("María José", Context)).ToList();

        values.Distinct().Count().ShouldBe(20);
    }

    [Theory]
    [InlineData("Case.PersonName/43")]
    [InlineData("Case.Comment/42")]
    [InlineData("case.personname/42")]
    public void A_value_moved_to_another_field_or_record_does_not_open(string otherContext)
    {
        var sealedValue = _cipher.Protect("María José", Context);

        var error = Should.Throw<FieldProtectionException>(() => _cipher.Unprotect(sealedValue, otherContext));

        error.Message.ShouldContain("does not open");
        error.Message.ShouldNotContain("María");
    }

    [Fact]
    public void A_flipped_bit_anywhere_is_found()
    {
        var sealedValue = _cipher.Protect(RandomNumberGenerator.GetBytes(40), Context);

        for (var bit = 0; bit < sealedValue.Length * 8; bit++)
        {
            var damaged = (byte[])sealedValue.Clone();
            damaged[bit / 8] ^= (byte)(1 << (bit % 8));
            Should.Throw<FieldProtectionException>(() => _cipher.Unprotect(damaged, Context), $"bit {bit}");
        }
    }

    [Fact]
    public void A_truncated_value_is_refused_at_every_length()
    {
        var sealedValue = _cipher.Protect(RandomNumberGenerator.GetBytes(10), Context);

        for (var length = 0; length < sealedValue.Length; length++)
        {
            Should.Throw<FieldProtectionException>(() => _cipher.Unprotect(sealedValue[..length], Context), $"length {length}");
        }
    }

    [Fact]
    public void A_truncated_text_value_says_so()
    {
        var sealedValue = _cipher.Protect("María José", Context)!;

        Should.Throw<FieldProtectionException>(() => _cipher.Unprotect(sealedValue[..20], Context)).Message.ShouldContain("truncated");
    }

    [Theory]
    [InlineData("not base64url!")]
    [InlineData("María")]
    public void Text_that_was_never_sealed_is_refused(string value)
    {
        Should.Throw<FieldProtectionException>(() => _cipher.Unprotect(value, Context)).Message.ShouldContain("never sealed");
    }

    [Fact]
    public void An_unknown_format_version_is_refused_by_number()
    {
        var sealedValue = _cipher.Protect([1, 2, 3], Context);
        sealedValue[0] = 9;

        Should.Throw<FieldProtectionException>(() => _cipher.Unprotect(sealedValue, Context)).Message.ShouldContain("format version 9");
    }

    [Fact]
    public void A_value_under_a_key_the_ring_lacks_is_refused_naming_the_key_but_no_key_bytes()
    {
        var otherRing = FieldKeyRing.CreateNew().WithNewCurrentKey().WithNewCurrentKey();
        var sealedValue = new FieldCipher(otherRing).Protect("María José", Context);

        var error = Should.Throw<FieldProtectionException>(() => _cipher.Unprotect(sealedValue, Context));

        error.Message.ShouldContain("key 3");
        foreach (var key in otherRing.Keys.Concat(_cipher.Ring.Keys))
        {
            error.Message.ShouldNotContain(Convert.ToBase64String(key.Material));
            error.Message.ShouldNotContain(Convert.ToHexString(key.Material), Case.Insensitive);
            error.Message.ShouldNotContain(Base64Url.EncodeToString(key.Material));
        }
    }

    [Fact]
    public void The_header_carries_the_format_version_and_key_id()
    {
        var ring = FieldKeyRing.CreateNew().WithNewCurrentKey();
        var sealedValue = new FieldCipher(ring).Protect([42], Context);

        sealedValue[0].ShouldBe(FieldCipher.FormatVersion);
        sealedValue[1..5].ShouldBe(new byte[] { 0, 0, 0, 2 });
        FieldCipher.KeyIdOf(sealedValue).ShouldBe(2u);
    }

    [Fact]
    public void Bytes_over_the_size_limit_are_refused_both_ways()
    {
        var small = new FieldCipher(FieldKeyRing.CreateNew(), maxPlaintextBytes: 1000);
        var large = new FieldCipher(small.Ring);

        Should.Throw<FieldProtectionException>(() => small.Protect(new byte[1001], Context)).Message.ShouldContain("1001 bytes");
        small.Unprotect(small.Protect(new byte[1000], Context), Context).Length.ShouldBe(1000);
        Should.Throw<FieldProtectionException>(() => small.Unprotect(large.Protect(new byte[1001], Context), Context));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void A_context_is_required(string? context)
    {
        Should.Throw<ArgumentException>(() => _cipher.Protect("x", context!));
        Should.Throw<ArgumentException>(() => _cipher.Protect((string?)null, context!));
    }

    [Fact]
    public void A_lone_surrogate_is_refused_rather_than_silently_changed()
    {
        Should.Throw<FieldProtectionException>(() => _cipher.Protect("bad \ud800 text", Context));
    }

    [Fact]
    public void The_encryption_key_is_derived_and_differs_from_the_stored_key_and_the_index_key()
    {
        var ring = FieldKeyRing.CreateNew();

        ring.Current.EncryptionKey.ShouldNotBe(ring.Current.Material);
        ring.IndexKey.ShouldNotBe(ring.IndexSecret);
        ring.IndexKey.ShouldNotBe(ring.Current.EncryptionKey);
        ring.Current.EncryptionKey.Length.ShouldBe(32);
        ring.IndexKey.Length.ShouldBe(32);
    }
}
