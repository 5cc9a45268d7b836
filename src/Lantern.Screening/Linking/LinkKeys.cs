using Lantern.Screening.Contacts;

namespace Lantern.Screening.Linking;

/// <summary>A normalized contact as linking compares it.</summary>
public readonly record struct ContactKey(EntityType Type, string Value)
{
    /// <summary>64-bit FNV-1a over the type and value: stable, and collisions are negligible at millions of contacts.</summary>
    public ulong Hash()
    {
        var hash = 14695981039346656037UL ^ (ulong)Type;
        foreach (var c in Value)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}

/// <summary>What linking needs to know of one ad: its contacts, its pictures and its text sketch.</summary>
public readonly record struct LinkKeys(ContactKey[] Contacts, ulong[] Images, ReadOnlyMemory<uint> Shingles);
