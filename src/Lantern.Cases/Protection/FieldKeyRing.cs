using System.Collections.ObjectModel;
using System.Security.Cryptography;
using System.Text;

namespace Lantern.Cases.Protection;

/// <summary>
/// The versioned field keys, one of them current (new values are sealed with it; older ones still
/// open the values sealed before a rotation), and the blind-index secret, which rotation never
/// changes. Immutable: <see cref="WithNewCurrentKey"/> returns a new ring. Kept in a key file
/// outside the database (<see cref="Load"/>, <see cref="CreateFile"/>, <see cref="Save"/>);
/// docs/case-protection.md describes the file.
/// </summary>
public sealed class FieldKeyRing
{
    private static readonly byte[] IndexInfo = Encoding.ASCII.GetBytes("Lantern.Cases.BlindIndex.HmacSha256.v1");

    private readonly Dictionary<uint, FieldKey> _byId;

    internal FieldKeyRing(IEnumerable<FieldKey> keys, uint currentId, byte[] indexSecret, DateTimeOffset indexCreated)
    {
        var ordered = keys.OrderBy(k => k.Id).ToList();
        _byId = new Dictionary<uint, FieldKey>();
        foreach (var key in ordered)
        {
            if (!_byId.TryAdd(key.Id, key))
            {
                throw new ArgumentException($"Two keys have id {key.Id}.", nameof(keys));
            }
        }

        if (!_byId.TryGetValue(currentId, out var current))
        {
            throw new ArgumentException($"The current key {currentId} is not in the ring.", nameof(currentId));
        }

        if (indexSecret.Length != FieldKey.SizeInBytes)
        {
            throw new ArgumentException($"The index key must be {FieldKey.SizeInBytes} bytes.", nameof(indexSecret));
        }

        Keys = new ReadOnlyCollection<FieldKey>(ordered);
        Current = current;
        IndexSecret = indexSecret;
        IndexCreated = indexCreated;
        IndexKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, indexSecret, FieldKey.SizeInBytes, salt: [], info: IndexInfo);
    }

    /// <summary>Every key, oldest (lowest id) first.</summary>
    public IReadOnlyList<FieldKey> Keys { get; }

    /// <summary>The key new values are sealed with.</summary>
    public FieldKey Current { get; }

    /// <summary>When the blind-index secret was made; it lives as long as the indexes built with it.</summary>
    public DateTimeOffset IndexCreated { get; }

    internal byte[] IndexSecret { get; }

    /// <summary>The HMAC-SHA256 key of the blind index, derived with HKDF for this purpose only.</summary>
    internal byte[] IndexKey { get; }

    /// <summary>A new ring with one fresh random key and a fresh index secret.</summary>
    public static FieldKeyRing CreateNew(TimeProvider? time = null)
    {
        var now = (time ?? TimeProvider.System).GetUtcNow();
        return new FieldKeyRing([FieldKey.CreateNew(1, now)], 1, RandomNumberGenerator.GetBytes(FieldKey.SizeInBytes), now);
    }

    /// <summary>Reads a key file; a missing, damaged or inconsistent file gives a <see cref="FieldKeyFileException"/> that names it.</summary>
    public static FieldKeyRing Load(string path) => FieldKeyFile.Read(path);

    /// <summary>
    /// Makes a new key file with one key, readable by its owner only (mode 0600 on Unix), and
    /// returns its ring. Refuses to replace a file that exists: that would lose every key.
    /// </summary>
    public static FieldKeyRing CreateFile(string path, TimeProvider? time = null)
    {
        var ring = CreateNew(time);
        FieldKeyFile.Write(path, ring, replace: false);
        return ring;
    }

    /// <summary>
    /// Rotation in one step: loads the file, adds a new current key, saves the file and returns the
    /// new ring. Values sealed before stay readable; <see cref="Reencryption"/> moves them to the new key.
    /// </summary>
    public static FieldKeyRing RotateFile(string path, TimeProvider? time = null)
    {
        var ring = Load(path).WithNewCurrentKey(time);
        ring.Save(path);
        return ring;
    }

    /// <summary>A ring with every key of this one plus a new random key, which becomes current. The index secret stays.</summary>
    public FieldKeyRing WithNewCurrentKey(TimeProvider? time = null)
    {
        var key = FieldKey.CreateNew(Keys[^1].Id + 1, (time ?? TimeProvider.System).GetUtcNow());
        return new FieldKeyRing([.. Keys, key], key.Id, IndexSecret, IndexCreated);
    }

    /// <summary>
    /// A ring without a retired key, once no value is sealed with it any more (after re-encryption).
    /// The current key cannot be removed.
    /// </summary>
    public FieldKeyRing WithoutKey(uint id)
    {
        if (id == Current.Id)
        {
            throw new InvalidOperationException($"Key {id} is the current key and cannot be removed.");
        }

        if (!_byId.ContainsKey(id))
        {
            throw new ArgumentException($"The ring has no key {id}.", nameof(id));
        }

        return new FieldKeyRing(Keys.Where(k => k.Id != id), Current.Id, IndexSecret, IndexCreated);
    }

    /// <summary>Writes the ring to a key file, aside first and then moved into place, readable by its owner only.</summary>
    public void Save(string path) => FieldKeyFile.Write(path, this, replace: true);

    /// <summary>The key with this id, if the ring holds it.</summary>
    public bool TryGetKey(uint id, out FieldKey key) => _byId.TryGetValue(id, out key!);

    public override string ToString() => $"field key ring: {Keys.Count} key(s), current {Current.Id}";
}
