using System.Text;

namespace Lantern.Screening.Input;

/// <summary>Decodes UTF-8 that must be valid, and says at which byte it is not.</summary>
internal static class Utf8Strict
{
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            text = "";
            return false;
        }

        text = Encoding.UTF8.GetString(bytes);
        return true;
    }

    /// <summary>1-based byte column of the first invalid sequence.</summary>
    public static int FirstInvalidColumn(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset + 1;
            }

            offset += consumed;
        }

        return bytes.Length + 1;
    }
}
