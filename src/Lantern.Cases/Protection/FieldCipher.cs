using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Lantern.Cases.Protection;

/// <summary>
/// Seals identifying fields with AES-256-GCM under the ring's current key, and opens values sealed
/// under any key the ring holds. A sealed value is
/// <c>version (1 byte) ‖ key id (4 bytes, big-endian) ‖ nonce (12 random bytes) ‖ ciphertext ‖ tag (16 bytes)</c>,
/// base64url without padding for strings. The context (field and record, e.g. "Case.PersonName/42")
/// is authenticated with the header as associated data, so a value copied into another field or
/// another record does not open. Null stays null; the empty string is sealed like any other.
/// </summary>
public sealed class FieldCipher
{
    /// <summary>The format version written as the first byte.</summary>
    public const byte FormatVersion = 1;

    public const int NonceSize = 12;

    public const int TagSize = 16;

    public const int HeaderSize = 1 + sizeof(uint);

    /// <summary>Bytes a sealed value has beyond its plaintext.</summary>
    public const int Overhead = HeaderSize + NonceSize + TagSize;

    /// <summary>The largest plaintext sealed in one piece unless the constructor says otherwise: 32 MiB.</summary>
    public const int DefaultMaxPlaintextBytes = 32 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly FieldKeyRing _ring;

    public FieldCipher(FieldKeyRing ring, int maxPlaintextBytes = DefaultMaxPlaintextBytes)
    {
        ArgumentNullException.ThrowIfNull(ring);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPlaintextBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxPlaintextBytes, Array.MaxLength - Overhead);
        _ring = ring;
        MaxPlaintextBytes = maxPlaintextBytes;
    }

    public int MaxPlaintextBytes { get; }

    public FieldKeyRing Ring => _ring;

    /// <summary>Seals a text field; null stays null.</summary>
    public string? Protect(string? plaintext, string context)
    {
        if (plaintext is null)
        {
            CheckContext(context);
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(plaintext);
        }
        catch (EncoderFallbackException)
        {
            throw new FieldProtectionException($"The value for '{context}' is not valid Unicode text (a lone surrogate) and was not sealed.");
        }

        try
        {
            return Base64Url.EncodeToString(Protect(bytes, context));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>Opens a text field sealed by <see cref="Protect(string?, string)"/> with the same context; null stays null.</summary>
    public string? Unprotect(string? protectedValue, string context)
    {
        if (protectedValue is null)
        {
            CheckContext(context);
            return null;
        }

        var bytes = Unprotect(Decode(protectedValue, context), context);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new FieldProtectionException($"The protected value for '{context}' opened, but does not hold text.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>Seals bytes (an upload) of at most <see cref="MaxPlaintextBytes"/>.</summary>
    public byte[] Protect(byte[] plaintext, string context) => Seal(plaintext, context, _ring.Current);

    /// <summary>Opens bytes sealed by <see cref="Protect(byte[], string)"/> with the same context.</summary>
    public byte[] Unprotect(byte[] protectedValue, string context)
    {
        ArgumentNullException.ThrowIfNull(protectedValue);
        var key = KeyOf(protectedValue, context);
        if (protectedValue.Length - Overhead > MaxPlaintextBytes)
        {
            throw new FieldProtectionException($"The protected value for '{context}' holds more than {MaxPlaintextBytes} bytes, the most this cipher opens.");
        }

        var plaintext = new byte[protectedValue.Length - Overhead];
        var sealedValue = protectedValue.AsSpan();
        try
        {
            using var gcm = new AesGcm(key.EncryptionKey, TagSize);
            gcm.Decrypt(
                sealedValue.Slice(HeaderSize, NonceSize),
                sealedValue[(HeaderSize + NonceSize)..^TagSize],
                sealedValue[^TagSize..],
                plaintext,
                AssociatedData(sealedValue[..HeaderSize], context));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new FieldProtectionException(
                $"The protected value for '{context}' does not open under key {key.Id}: it was changed, or it belongs to another field or record.");
        }

        return plaintext;
    }

    /// <summary>The id of the key a sealed text value was sealed with, read from its header.</summary>
    public static uint KeyIdOf(string protectedValue) => KeyIdOf(Decode(protectedValue, context: null));

    /// <summary>The id of the key sealed bytes were sealed with, read from their header.</summary>
    public static uint KeyIdOf(byte[] protectedValue)
    {
        ArgumentNullException.ThrowIfNull(protectedValue);
        CheckHeader(protectedValue, context: null);
        return BinaryPrimitives.ReadUInt32BigEndian(protectedValue.AsSpan(1));
    }

    internal byte[] Seal(byte[] plaintext, string context, FieldKey key)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        CheckContext(context);
        if (plaintext.Length > MaxPlaintextBytes)
        {
            throw new FieldProtectionException($"The value for '{context}' is {plaintext.Length} bytes; at most {MaxPlaintextBytes} are sealed in one piece.");
        }

        var sealedValue = new byte[plaintext.Length + Overhead];
        var output = sealedValue.AsSpan();
        output[0] = FormatVersion;
        BinaryPrimitives.WriteUInt32BigEndian(output[1..HeaderSize], key.Id);
        var nonce = output.Slice(HeaderSize, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var gcm = new AesGcm(key.EncryptionKey, TagSize);
        gcm.Encrypt(nonce, plaintext, output[(HeaderSize + NonceSize)..^TagSize], output[^TagSize..], AssociatedData(output[..HeaderSize], context));
        return sealedValue;
    }

    internal FieldKey KeyOf(byte[] protectedValue, string context)
    {
        CheckContext(context);
        CheckHeader(protectedValue, context);
        var id = BinaryPrimitives.ReadUInt32BigEndian(protectedValue.AsSpan(1));
        if (!_ring.TryGetKey(id, out var key))
        {
            throw new FieldProtectionException(
                $"The protected value for '{context}' was sealed with key {id}, which the key ring does not hold (it holds {string.Join(", ", _ring.Keys.Select(k => k.Id))}).");
        }

        return key;
    }

    internal static byte[] Decode(string protectedValue, string? context)
    {
        ArgumentNullException.ThrowIfNull(protectedValue);
        try
        {
            return Base64Url.DecodeFromChars(protectedValue);
        }
        catch (FormatException)
        {
            throw new FieldProtectionException($"The protected value{For(context)} is not base64url: it is damaged or was never sealed.");
        }
    }

    private static void CheckHeader(byte[] protectedValue, string? context)
    {
        if (protectedValue.Length < Overhead)
        {
            throw new FieldProtectionException(
                $"The protected value{For(context)} is {protectedValue.Length} bytes, shorter than the {Overhead} every sealed value has: it is truncated or was never sealed.");
        }

        if (protectedValue[0] != FormatVersion)
        {
            throw new FieldProtectionException($"The protected value{For(context)} has format version {protectedValue[0]}; this version of Lantern reads version {FormatVersion}.");
        }
    }

    private static byte[] AssociatedData(ReadOnlySpan<byte> header, string context)
    {
        // Header first (fixed length), then the context: the key id and version are authenticated too.
        var data = new byte[header.Length + Encoding.UTF8.GetByteCount(context)];
        header.CopyTo(data);
        Encoding.UTF8.GetBytes(context, data.AsSpan(header.Length));
        return data;
    }

    private static void CheckContext(string context) => ArgumentException.ThrowIfNullOrWhiteSpace(context);

    private static string For(string? context) => context is null ? string.Empty : $" for '{context}'";
}
