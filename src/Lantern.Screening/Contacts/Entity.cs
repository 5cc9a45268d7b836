using Lantern.Screening.Text;

namespace Lantern.Screening.Contacts;

public enum EntityType
{
    Phone,
    Email,
    Url,
    Handle,
    Wallet,
}

/// <summary>A contact found in an ad: its kind, its normalized value and where it was written.</summary>
/// <param name="Value">
/// The canonical form that two ads share when they give the same contact: E.164 for phones
/// (+441632960123), lower case for e-mail addresses, scheme-less lower-case host plus path for
/// URLs, "platform:name" or "@name" for handles, the address itself for wallets.
/// </param>
public sealed record Entity(EntityType Type, string Value, Evidence Evidence);
