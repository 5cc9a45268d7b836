using Lantern.Web.Features.Account;
using Lantern.Web.Infrastructure;

namespace Lantern.Web.Features.Admin.Commands;

/// <summary>
/// Turns the messages of an account change (Identity's own, or the last-administrator rule) into a
/// command result. "No such user." and "No such organisation." name an id, so the API answers 404
/// for them as for any record.
/// </summary>
internal static class AccountChanges
{
    public static CommandResult<string> Of(string userId, IReadOnlyList<string> messages)
    {
        var errors = new FieldErrors();
        foreach (var message in messages)
        {
            errors.Add(message is AccountService.NoSuchUser or AccountService.NoSuchOrganisation ? "id" : "", message);
        }

        return new(errors.IsEmpty ? userId : null, errors);
    }
}
