using Lantern.Web.Infrastructure.Auth;

namespace Lantern.Web.Infrastructure;

/// <summary>What a command produced, or why it did not: the field errors, or the permission the caller lacks.</summary>
public sealed record CommandResult<T>(T? Value, FieldErrors Errors)
{
    /// <summary>The permission the caller lacked; set when the command was refused before it ran.</summary>
    public Permission? Denied { get; init; }

    public bool Succeeded => Errors.IsEmpty && Denied is null;

    public static CommandResult<T> Fail(FieldErrors errors) => new(default, errors);

    public static CommandResult<T> Fail(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return new(default, errors);
    }

    public static CommandResult<T> Refused(Permission permission) =>
        Fail("", $"You do not have the {permission} permission this needs.") with { Denied = permission };

    /// <summary>The API's answer for a failure: 403 when refused, 404 when the record named by the route is missing, 400 otherwise.</summary>
    public IResult Problem() =>
        Denied is not null ? Results.Forbid()
        : Errors.ToDictionary().ContainsKey("id") ? Results.NotFound()
        : Results.ValidationProblem(Errors.ToDictionary());
}
