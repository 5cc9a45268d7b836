using Lantern.Screening.Contacts;

namespace Lantern.Screening.Linking;

/// <summary>
/// A normalized contact as linking compares it: one 64-bit number, the contact's type in the top
/// three bits and a hash of its value in the rest. Numbers instead of strings keep millions of ads'
/// contacts out of the garbage collector's way and sort fast.
/// </summary>
public static class ContactKey
{
    private const int TypeShift = 61;

    public static ulong Of(EntityType type, string value) => Tagged((int)type, value);

    public static EntityType TypeOf(ulong key) => (EntityType)TagOf(key);

    /// <summary>
    /// FNV-1a over the value, folded into 61 bits, under a 3-bit tag: stable, and collisions are
    /// negligible at millions of values. Facts are compared the same way, tagged by their kind.
    /// </summary>
    internal static ulong Tagged(int tag, string value)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        var folded = (hash >> TypeShift) ^ (hash & ((1UL << TypeShift) - 1));
        return folded | ((ulong)tag << TypeShift);
    }

    internal static int TagOf(ulong key) => (int)(key >> TypeShift);
}

/// <summary>What linking needs to know of one ad: its contact keys, its picture hashes and its text sketch.</summary>
public readonly record struct LinkKeys(ReadOnlyMemory<ulong> Contacts, ReadOnlyMemory<ulong> Images, ReadOnlyMemory<uint> Shingles);
