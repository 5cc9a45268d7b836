using System.Buffers.Binary;
using System.Numerics;

namespace Lantern.Screening.Contacts.Wallets;

/// <summary>
/// Keccak-256 as Ethereum uses it (the original Keccak padding, not SHA3-256's), needed for the
/// EIP-55 checksum of Ethereum addresses. The round constants and rotation offsets are derived
/// from their definitions in the Keccak reference rather than typed in.
/// </summary>
internal static class Keccak256
{
    public const int HashLength = 32;

    /// <summary>Bytes absorbed per permutation: 1600 bits less twice the 256-bit output.</summary>
    private const int Rate = 136;
    private const int Rounds = 24;

    private static readonly ulong[] RoundConstants = DeriveRoundConstants();
    private static readonly int[] RotationOffsets = DeriveRotationOffsets();

    public static void Hash(ReadOnlySpan<byte> message, Span<byte> hash)
    {
        Span<ulong> state = stackalloc ulong[25];
        while (message.Length >= Rate)
        {
            Absorb(state, message[..Rate]);
            message = message[Rate..];
        }

        Span<byte> last = stackalloc byte[Rate];
        message.CopyTo(last);
        last[message.Length] ^= 0x01;
        last[Rate - 1] ^= 0x80;
        Absorb(state, last);

        for (var i = 0; i < HashLength / 8; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(hash[(i * 8)..], state[i]);
        }
    }

    private static void Absorb(Span<ulong> state, ReadOnlySpan<byte> block)
    {
        for (var i = 0; i < Rate / 8; i++)
        {
            state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        }

        Permute(state);
    }

    /// <summary>Keccak-f[1600]; lane (x, y) is state[x + 5y].</summary>
    private static void Permute(Span<ulong> state)
    {
        Span<ulong> columns = stackalloc ulong[5];
        Span<ulong> moved = stackalloc ulong[25];
        for (var round = 0; round < Rounds; round++)
        {
            // θ: mix each column's parity into its neighbours.
            for (var x = 0; x < 5; x++)
            {
                columns[x] = state[x] ^ state[x + 5] ^ state[x + 10] ^ state[x + 15] ^ state[x + 20];
            }

            for (var x = 0; x < 5; x++)
            {
                var d = columns[(x + 4) % 5] ^ BitOperations.RotateLeft(columns[(x + 1) % 5], 1);
                for (var y = 0; y < 25; y += 5)
                {
                    state[x + y] ^= d;
                }
            }

            // ρ and π: rotate every lane and move (x, y) to (y, 2x + 3y).
            for (var x = 0; x < 5; x++)
            {
                for (var y = 0; y < 5; y++)
                {
                    moved[y + 5 * ((2 * x + 3 * y) % 5)] = BitOperations.RotateLeft(state[x + 5 * y], RotationOffsets[x + 5 * y]);
                }
            }

            // χ: the only non-linear step, along rows.
            for (var y = 0; y < 25; y += 5)
            {
                for (var x = 0; x < 5; x++)
                {
                    state[x + y] = moved[x + y] ^ (~moved[(x + 1) % 5 + y] & moved[(x + 2) % 5 + y]);
                }
            }

            // ι: break the symmetry between rounds.
            state[0] ^= RoundConstants[round];
        }
    }

    /// <summary>
    /// Round constant bits come from the LFSR x⁸ + x⁶ + x⁵ + x⁴ + 1; bit 2^j − 1 of round i is
    /// output 7i + j.
    /// </summary>
    private static ulong[] DeriveRoundConstants()
    {
        var constants = new ulong[Rounds];
        var lfsr = 1;
        for (var round = 0; round < Rounds; round++)
        {
            for (var j = 0; j < 7; j++)
            {
                if ((lfsr & 1) != 0)
                {
                    constants[round] |= 1UL << ((1 << j) - 1);
                }

                lfsr = (lfsr & 0x80) != 0 ? ((lfsr << 1) ^ 0x71) & 0xFF : lfsr << 1;
            }
        }

        return constants;
    }

    /// <summary>
    /// Lane (1, 0) rotates by 1, and walking (x, y) → (y, 2x + 3y) the t-th lane reached
    /// rotates by the triangular number (t + 1)(t + 2) / 2, modulo 64.
    /// </summary>
    private static int[] DeriveRotationOffsets()
    {
        var offsets = new int[25];
        var (x, y) = (1, 0);
        for (var t = 0; t < 24; t++)
        {
            offsets[x + 5 * y] = (t + 1) * (t + 2) / 2 % 64;
            (x, y) = (y, (2 * x + 3 * y) % 5);
        }

        return offsets;
    }
}
