using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Lantern.Cases.Protection;

/// <summary>
/// A keyed hash of an identifying value, stored beside its sealed value so that a person can be
/// found by exact name or identity number without opening every record:
/// HMAC-SHA256(index key, length of field ‖ field ‖ normalised value), first 16 bytes, base64url.
/// The field is part of the input, so the same value in two fields gives two different indexes.
/// The index key comes from the key file's own index secret, never from a field key, so rotating
/// the field keys leaves every index valid.
/// </summary>
public sealed class BlindIndex
{
    /// <summary>Bytes of the MAC kept: 128 bits, plenty against chance collisions, short in an index.</summary>
    public const int SizeInBytes = 16;

    private readonly byte[] _key;

    public BlindIndex(FieldKeyRing ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        _key = ring.IndexKey;
    }

    /// <summary>The index of a value in a field, normalised as its kind says; null for null or a value with nothing left to index.</summary>
    public string? Of(string? value, string field, IndexedValueKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        var normalised = IndexNormaliser.Normalise(value, kind);
        return normalised is null ? null : OfNormalised(normalised, field);
    }

    /// <summary>The index of a value already normalised by the caller.</summary>
    public string OfNormalised(string normalised, string field)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        var fieldLength = Encoding.UTF8.GetByteCount(field);
        var input = new byte[sizeof(int) + fieldLength + Encoding.UTF8.GetByteCount(normalised)];
        BinaryPrimitives.WriteInt32BigEndian(input, fieldLength);
        Encoding.UTF8.GetBytes(field, input.AsSpan(sizeof(int)));
        Encoding.UTF8.GetBytes(normalised, input.AsSpan(sizeof(int) + fieldLength));
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, input, mac);
        CryptographicOperations.ZeroMemory(input);
        return Base64Url.EncodeToString(mac[..SizeInBytes]);
    }
}
