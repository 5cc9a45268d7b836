namespace Lantern.Web.Infrastructure;

/// <summary>What a command produced, or the field errors that stopped it.</summary>
public sealed record CommandResult<T>(T? Value, FieldErrors Errors)
{
    public bool Succeeded => Errors.IsEmpty;

    public static CommandResult<T> Fail(FieldErrors errors) => new(default, errors);

    public static CommandResult<T> Fail(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return new(default, errors);
    }
}
