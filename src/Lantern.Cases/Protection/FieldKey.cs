using System.Security.Cryptography;
using System.Text;

namespace Lantern.Cases.Protection;

/// <summary>
/// One version of the field key: an id written into every value sealed with it, its creation
/// date, and the 256-bit secret from which the encryption key is derived. The secret is never
/// exposed and never printed.
/// </summary>
public sealed class FieldKey
{
    /// <summary>Bytes of key material: 256 bits.</summary>
    public const int SizeInBytes = 32;

    private static readonly byte[] EncryptionInfo = Encoding.ASCII.GetBytes("Lantern.Cases.FieldCipher.AesGcm.v1");

    internal FieldKey(uint id, DateTimeOffset created, byte[] material)
    {
        if (id == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(id), "A key id starts at 1.");
        }

        if (material.Length != SizeInBytes)
        {
            throw new ArgumentException($"A field key must be {SizeInBytes} bytes.", nameof(material));
        }

        Id = id;
        Created = created;
        Material = material;
        EncryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, material, SizeInBytes, salt: [], info: EncryptionInfo);
    }

    public uint Id { get; }

    public DateTimeOffset Created { get; }

    /// <summary>The secret as stored in the key file; only the file writer reads it.</summary>
    internal byte[] Material { get; }

    /// <summary>The AES-256-GCM key, derived with HKDF-SHA256 for this purpose only.</summary>
    internal byte[] EncryptionKey { get; }

    internal static FieldKey CreateNew(uint id, DateTimeOffset created) => new(id, created, RandomNumberGenerator.GetBytes(SizeInBytes));

    public override string ToString() => $"field key {Id} (created {Created:yyyy-MM-dd})";
}
