using Lantern.Web.Features.Account.Passwords;

namespace Lantern.Web.Tests.Features.Account;

/// <summary>Issue 14, finding 10: length was the only rule, and "aaaaaaaaaaaa" passed.</summary>
public sealed class PasswordRulesTests
{
    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("111111111111")]
    [InlineData("abcabcabcabc")]
    [InlineData("abababababababab")]
    [InlineData("aaaabbbbaaaabbbb")]
    public void Repetitive_passwords_are_refused(string password)
    {
        PasswordRules.IsRepetitive(password).ShouldBeTrue();
        PasswordRules.Check(password).Succeeded.ShouldBeFalse();
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("Password2024!")]
    [InlineData("iloveyou1234")]
    [InlineData("qwertyuiop12")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("  PASSWORD  ")]
    public void Common_passwords_are_refused_even_with_digits_and_symbols_around_them(string password)
    {
        PasswordRules.IsCommon(password).ShouldBeTrue();
        PasswordRules.Check(password).Errors.ShouldHaveSingleItem().Code.ShouldBe("PasswordCommon");
    }

    [Theory]
    [InlineData("a long test password")]
    [InlineData("lantern-e2e-passphrase")]
    [InlineData("correct horse battery staple")]
    [InlineData("Marigold shelter 2031")]
    public void Ordinary_passphrases_pass(string password) =>
        PasswordRules.Check(password).Succeeded.ShouldBeTrue();

    [Fact]
    public void The_shipped_list_is_compact_lower_case_and_documented()
    {
        var lines = typeof(PasswordRules).Assembly.GetManifestResourceStream("accounts/common-passwords.txt")!;
        using var reader = new StreamReader(lines);
        var entries = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        entries.Length.ShouldBe(4000);
        entries.ShouldAllBe(e => e == e.ToLowerInvariant() && e.Length >= 8);
        entries.ShouldBeUnique();
    }
}
