namespace Lantern.Cases.Htcds;

/// <summary>How a case stores a field's value; decided by the field's type.</summary>
internal enum HtcdsValueShape
{
    Single,
    Set,
    Date,
    YesNo,
}
