namespace Lantern.Cases.Protection;

/// <summary>
/// A protected value that cannot be read or written: damaged, bound to another field, sealed with a
/// key the ring does not hold, or too large. The message never carries plaintext or key bytes.
/// </summary>
public class FieldProtectionException : Exception
{
    public FieldProtectionException()
    {
    }

    public FieldProtectionException(string message)
        : base(message)
    {
    }

    public FieldProtectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
