namespace Lantern.Screening.Contacts.Phones;

/// <summary>
/// Digits written together (no separator between them) inside a <see cref="PhoneRun"/>: "07700"
/// in "07700 900123", or "7" in "0 7 7 0 0".
/// </summary>
internal struct DigitGroup
{
    /// <summary>Where the group's first digit is written.</summary>
    public int Start;

    /// <summary>Just after the group's last digit.</summary>
    public int End;

    /// <summary>Where the group's digits start in the run's digit buffer.</summary>
    public int FirstDigit;

    public int DigitCount;

    /// <summary>
    /// The separator written before the group when it is exactly one visible character
    /// ('.', '-', '/', ...); ' ' when it is anything longer or a space; '\0' for the first group.
    /// </summary>
    public char Joiner;

    /// <summary>Part of something that is not a phone number: a price, a date, a measurement.</summary>
    public bool Excluded;
}
