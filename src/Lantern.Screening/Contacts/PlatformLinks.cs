using Lantern.Screening.Contacts.Phones;
using Lantern.Screening.Text;

namespace Lantern.Screening.Contacts;

/// <summary>
/// Links that name a contact on a messaging platform: t.me/anna is the Telegram handle anna and
/// wa.me/447700900123 the phone number +447700900123, so an ad that links and an ad that writes
/// the handle or number out share a contact.
/// </summary>
internal static class PlatformLinks
{
    private static readonly (string Host, string Prefix)[] HandleHosts =
    [
        ("t.me", "telegram:"),
        ("telegram.me", "telegram:"),
        ("instagram.com", "instagram:"),
        ("kik.me", "kik:"),
    ];

    /// <summary>WhatsApp's click-to-chat links carry the number in international format, without the +.</summary>
    private const string WhatsAppHost = "wa.me";

    /// <summary>Adds the handle or number in <paramref name="url"/> (a canonical URL value), if it names one.</summary>
    public static void AddContactIn(string url, int hostLength, Evidence evidence, List<Entity> found)
    {
        if (hostLength + 1 >= url.Length)
        {
            return;
        }

        var host = url.AsSpan(0, hostLength);
        var name = FirstSegment(url.AsSpan(hostLength + 1));
        foreach (var (handleHost, prefix) in HandleHosts)
        {
            if (host.SequenceEqual(handleHost) && HandleScanner.IsName(name))
            {
                found.Add(new Entity(EntityType.Handle, HandleScanner.Canonical(prefix, name), evidence));
                return;
            }
        }

        if (host.SequenceEqual(WhatsAppHost))
        {
            AddPhone(name, evidence, found);
        }
    }

    private static void AddPhone(ReadOnlySpan<char> number, Evidence evidence, List<Entity> found)
    {
        if (number.Length is < PhoneNumberNormalizer.MinDigits or >= PhoneNumberNormalizer.MaxLength || number.ContainsAnyExceptInRange('0', '9'))
        {
            return;
        }

        Span<byte> digits = stackalloc byte[PhoneNumberNormalizer.MaxLength];
        for (var i = 0; i < number.Length; i++)
        {
            digits[i] = (byte)(number[i] - '0');
        }

        Span<char> e164 = stackalloc char[PhoneNumberNormalizer.MaxLength];
        var length = PhoneNumberNormalizer.Normalize(digits[..number.Length], writtenWithPlus: true, region: null, e164);
        if (length > 0)
        {
            found.Add(new Entity(EntityType.Phone, new string(e164[..length]), evidence));
        }
    }

    private static ReadOnlySpan<char> FirstSegment(ReadOnlySpan<char> path)
    {
        var slash = path.IndexOf('/');
        return slash < 0 ? path : path[..slash];
    }
}
