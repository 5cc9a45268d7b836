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

    /// <summary>
    /// A refused file import that still answers with its <paramref name="report"/>, so the page can
    /// list every problem where it lies; nothing is committed.
    /// </summary>
    public static CommandResult<T> Rejected(T report, IEnumerable<string> problems)
    {
        var errors = new FieldErrors();
        foreach (var problem in problems)
        {
            errors.Add("file", problem);
        }

        if (errors.IsEmpty)
        {
            errors.Add("file", "The file could not be read.");
        }

        return new(report, errors);
    }

    public static CommandResult<T> Refused(Permission permission) =>
        Fail("", $"You do not have the {permission} permission this needs.") with { Denied = permission };

    public IResult ToOk<TDto>(Func<T, TDto> map) => Succeeded ? Results.Ok(map(Value!)) : Problem();

    public IResult ToCreated<TDto>(Func<T, string> location, Func<T, TDto> map) =>
        Succeeded ? Results.Created(location(Value!), map(Value!)) : Problem();

    public IResult ToNoContent() => Succeeded ? Results.NoContent() : Problem();

    /// <summary>
    /// The API's answer for a failure: 403 when refused; 404 when the record the request names is
    /// missing or not visible to the caller (a private campaign); 409 when the record's state
    /// refuses the change; 400 with the field errors otherwise.
    /// </summary>
    public IResult Problem()
    {
        var errors = Errors.ToDictionary();
        return Denied is not null ? Results.Forbid()
            : errors.Keys.Any(CommandFields.Missing.Contains) ? Results.NotFound()
            : errors.ContainsKey(CommandFields.Conflict) ? Results.ValidationProblem(errors, statusCode: StatusCodes.Status409Conflict)
            : Results.ValidationProblem(errors);
    }
}

/// <summary>The field names under which commands report failures that are not about one input.</summary>
public static class CommandFields
{
    /// <summary>The record a command names does not exist, or is not visible to the caller.</summary>
    public static readonly IReadOnlySet<string> Missing = new HashSet<string>(StringComparer.Ordinal) { "id", "survey", "campaign", "indicator" };

    /// <summary>The record's state refuses the change (an answered question cannot be deleted).</summary>
    public const string Conflict = "instrument";
}
