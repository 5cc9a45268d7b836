using Lantern.Cases.Protection;

namespace Lantern.Cases.Tests.Protection;

/// <summary>After a rotation old values still open, and the background job moves them to the new key one by one.</summary>
public sealed class ReencryptionTests
{
    private const string Context = "Case.Comment/42";

    private readonly FieldKeyRing _before = FieldKeyRing.CreateNew();

    [Fact]
    public void Values_sealed_before_a_rotation_still_open_after_it()
    {
        var old = new FieldCipher(_before).Protect("Seen at the bus station", Context);
        var after = new FieldCipher(_before.WithNewCurrentKey());

        after.Unprotect(old, Context).ShouldBe("Seen at the bus station");
        FieldCipher.KeyIdOf(after.Protect("new", Context)!).ShouldBe(2u);
    }

    [Fact]
    public void An_old_value_is_moved_to_the_current_key()
    {
        var old = new FieldCipher(_before).Protect("Seen at the bus station", Context);
        var after = new FieldCipher(_before.WithNewCurrentKey());
        var reencryption = new Reencryption(after);

        reencryption.NeedsRotation(old).ShouldBeTrue();
        var rotated = reencryption.Rotate(old, Context);

        FieldCipher.KeyIdOf(rotated!).ShouldBe(2u);
        reencryption.NeedsRotation(rotated).ShouldBeFalse();
        new FieldCipher(after.Ring.WithoutKey(1)).Unprotect(rotated, Context).ShouldBe("Seen at the bus station");
    }

    [Fact]
    public void A_value_under_the_current_key_is_left_as_it_is()
    {
        var cipher = new FieldCipher(_before);
        var value = cipher.Protect("x", Context);

        new Reencryption(cipher).Rotate(value, Context).ShouldBeSameAs(value);
    }

    [Fact]
    public void Uploads_are_moved_too()
    {
        var old = new FieldCipher(_before).Protect([1, 2, 3], "Case.Upload/42/1");
        var after = _before.WithNewCurrentKey();
        var reencryption = new Reencryption(new FieldCipher(after));

        var rotated = reencryption.Rotate(old, "Case.Upload/42/1")!;

        FieldCipher.KeyIdOf(rotated).ShouldBe(2u);
        reencryption.NeedsRotation(rotated).ShouldBeFalse();
        new FieldCipher(after.WithoutKey(1)).Unprotect(rotated, "Case.Upload/42/1").ShouldBe(new byte[] { 1, 2, 3 });
    }

    [Fact]
    public void Null_needs_nothing()
    {
        var reencryption = new Reencryption(new FieldCipher(_before.WithNewCurrentKey()));

        reencryption.NeedsRotation((string?)null).ShouldBeFalse();
        reencryption.Rotate((string?)null, Context).ShouldBeNull();
    }

    [Fact]
    public void A_rotation_with_the_wrong_context_fails_and_leaves_the_value_to_be_looked_at()
    {
        var old = new FieldCipher(_before).Protect("x", Context);
        var reencryption = new Reencryption(new FieldCipher(_before.WithNewCurrentKey()));

        Should.Throw<FieldProtectionException>(() => reencryption.Rotate(old, "Case.Comment/43"));
    }

    [Fact]
    public void A_damaged_value_is_reported_rather_than_judged_current()
    {
        var reencryption = new Reencryption(new FieldCipher(_before));

        Should.Throw<FieldProtectionException>(() => reencryption.NeedsRotation("AAAA"));
    }
}
