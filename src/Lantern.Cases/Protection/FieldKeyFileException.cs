namespace Lantern.Cases.Protection;

/// <summary>
/// A key file that cannot be read or written. The message names the file and what is wrong with
/// it, never the key material.
/// </summary>
public sealed class FieldKeyFileException : FieldProtectionException
{
    public FieldKeyFileException()
    {
    }

    public FieldKeyFileException(string message)
        : base(message)
    {
    }

    public FieldKeyFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The key file concerned; null only for the parameterless constructors.</summary>
    public string? FilePath { get; init; }
}
