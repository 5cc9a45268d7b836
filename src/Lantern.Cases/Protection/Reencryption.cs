namespace Lantern.Cases.Protection;

/// <summary>
/// What a background job needs to move sealed values to the current key after a rotation, a batch
/// of rows at a time: whether a value is under an older key, and the value sealed anew. Once no
/// value is left under a key, the key can leave the ring (<see cref="FieldKeyRing.WithoutKey"/>).
/// </summary>
public sealed class Reencryption
{
    private readonly FieldCipher _cipher;

    public Reencryption(FieldCipher cipher)
    {
        ArgumentNullException.ThrowIfNull(cipher);
        _cipher = cipher;
    }

    /// <summary>True when the value was sealed with a key other than the current one; false for null.</summary>
    public bool NeedsRotation(string? protectedValue) =>
        protectedValue is not null && FieldCipher.KeyIdOf(protectedValue) != _cipher.Ring.Current.Id;

    /// <summary>True when the bytes were sealed with a key other than the current one; false for null.</summary>
    public bool NeedsRotation(byte[]? protectedValue) =>
        protectedValue is not null && FieldCipher.KeyIdOf(protectedValue) != _cipher.Ring.Current.Id;

    /// <summary>
    /// The value opened and sealed again under the current key with the same context; a value already
    /// under the current key comes back as it is (no write needed), null as null.
    /// </summary>
    public string? Rotate(string? protectedValue, string context) =>
        NeedsRotation(protectedValue) ? _cipher.Protect(_cipher.Unprotect(protectedValue, context), context) : protectedValue;

    /// <summary>As <see cref="Rotate(string?, string)"/>, for bytes.</summary>
    public byte[]? Rotate(byte[]? protectedValue, string context)
    {
        if (!NeedsRotation(protectedValue))
        {
            return protectedValue;
        }

        var plaintext = _cipher.Unprotect(protectedValue!, context);
        try
        {
            return _cipher.Protect(plaintext, context);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
