using Lantern.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account.Passwords;

/// <summary>
/// Refuses passwords that attackers try first, whatever their length: the common passwords of
/// <c>common-passwords.txt</c> (see its README for where the list comes from), alone or with digits
/// and symbols around them, and passwords that repeat themselves (<c>aaaaaaaaaaaa</c>,
/// <c>abcabcabcabc</c>) or use hardly any different characters.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<LanternUser>
{
    /// <summary>Fewer different characters than this is a pattern, not a password.</summary>
    public const int MinDistinctCharacters = 5;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<LanternUser> manager, LanternUser user, string? password) =>
        Task.FromResult(Check(password ?? ""));

    public static IdentityResult Check(string password)
    {
        if (IsCommon(password))
        {
            return IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordCommon",
                Description = "This password is among the most common ones that attackers try first; choose another.",
            });
        }

        if (IsRepetitive(password))
        {
            return IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordRepetitive",
                Description = $"This password repeats itself; use at least {MinDistinctCharacters} different characters and no repeated pattern.",
            });
        }

        return IdentityResult.Success;
    }

    public static bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        var core = lower.Trim(NotALetter(lower));
        return Common.Value.Contains(lower) || (core.Length > 0 && Common.Value.Contains(core));
    }

    /// <summary>One character, a few characters, or a shorter sequence repeated (<c>abab…</c>, <c>123123…</c>).</summary>
    public static bool IsRepetitive(string password)
    {
        if (password.Distinct().Count() < MinDistinctCharacters)
        {
            return true;
        }

        for (var period = 1; period <= password.Length / 2; period++)
        {
            if (password.Length % period == 0 && IsRepeatOf(password, period))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRepeatOf(string text, int period)
    {
        for (var i = period; i < text.Length; i++)
        {
            if (text[i] != text[i - period])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The digits, symbols and spaces the text holds, which people add around a common word.</summary>
    private static char[] NotALetter(string text) => [.. text.Where(c => !char.IsLetter(c)).Distinct()];

    private static HashSet<string> Load()
    {
        using var stream = typeof(PasswordRules).Assembly.GetManifestResourceStream("accounts/common-passwords.txt")
                           ?? throw new InvalidOperationException("The list of common passwords is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }
}
