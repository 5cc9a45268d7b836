using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Answers;
using Lantern.Web.Features.Surveys.Model;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Collection;

/// <summary>Why a public link does not show its form, as a status code and words for the respondent.</summary>
public sealed record WaveRefusal(int Status, string Title, string Explanation)
{
    public static readonly WaveRefusal Unknown = new(StatusCodes.Status404NotFound, "Survey not found",
        "This link does not lead to a survey. Check that it was copied whole.");

    public static readonly WaveRefusal NotYetOpen = new(StatusCodes.Status403Forbidden, "This survey is not open yet",
        "The survey has not started. Please come back once it opens.");

    public static readonly WaveRefusal Closed = new(StatusCodes.Status410Gone, "This survey is closed",
        "The survey no longer accepts answers. Thank you for your interest.");

    public static readonly WaveRefusal InvitationMissing = new(StatusCodes.Status403Forbidden, "An invitation is needed",
        "This survey is by invitation only. Open the personal link you were sent.");

    public static readonly WaveRefusal InvitationUsed = new(StatusCodes.Status403Forbidden, "This invitation cannot be used",
        "The invitation link is not valid or has already been used to answer. Each invitation can be used once.");
}

/// <summary>How a whole questionnaire sent at once ended: stored (or its invitation refused), refused by the wave, or with errors by item name.</summary>
/// <param name="Language">The language the answers were stored in.</param>
/// <param name="Answers">How many answers were stored (answers to questions not shown are dropped).</param>
public sealed record WholeSubmission(SubmissionOutcome? Outcome, WaveRefusal? Refusal, IReadOnlyDictionary<string, string> Errors, string? Language = null, int Answers = 0);

/// <summary>Opens a wave's public form when the link, the dates and the invitation allow it.</summary>
/// <param name="requestServices">The database context is resolved from here only for invitation waves: building one would be a large share of an open wave's request.</param>
public sealed class PublicWaves(WaveFormCache forms, ResponseWriter writer, IServiceProvider requestServices, TimeProvider clock)
{
    public async Task<(WaveForm? Form, WaveRefusal? Refusal)> OpenAsync(string publicKey, string? token, CancellationToken cancellationToken)
    {
        var form = await forms.FindAsync(publicKey, cancellationToken);
        if (form is null)
        {
            return (null, WaveRefusal.Unknown);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (form.Wave.OpensAt is { } opens && now < opens)
        {
            return (null, WaveRefusal.NotYetOpen);
        }

        if (!form.Wave.IsOpenAt(now))
        {
            return (null, WaveRefusal.Closed);
        }

        if (form.Wave.RequiresInvitation)
        {
            if (string.IsNullOrEmpty(token))
            {
                return (null, WaveRefusal.InvitationMissing);
            }

            // Checked here for a clear answer up front; the response writer checks again, race-safe, when storing.
            var hash = WaveKeys.HashOf(token);
            var db = requestServices.GetRequiredService<LanternDbContext>();
            if (!await db.WaveInvitations.AnyAsync(i => i.WaveId == form.Wave.Id && i.TokenHash == hash && !i.Used, cancellationToken))
            {
                return (null, WaveRefusal.InvitationUsed);
            }
        }

        return (form, null);
    }

    /// <summary>
    /// Takes a whole questionnaire at once (the JSON API), by the wave's id rather than its link: the
    /// wave's dates and invitation apply as on the public link, every answer is checked as the form's
    /// last page checks them, and a valid one is stored through the same writer, keeping nothing about
    /// who sent it.
    /// </summary>
    /// <param name="given">Answers by item name, in the form's encoding (several choices joined by spaces).</param>
    /// <returns>Null when the survey has no such wave.</returns>
    public async Task<WholeSubmission?> SubmitWholeAsync(
        int surveyId, int waveId, IReadOnlyDictionary<string, string> given, string? language, string? token, CancellationToken cancellationToken)
    {
        var db = requestServices.GetRequiredService<LanternDbContext>();
        var publicKey = await db.SurveyWaves.Where(w => w.Id == waveId && w.SurveyId == surveyId).Select(w => w.PublicKey).SingleOrDefaultAsync(cancellationToken);
        if (publicKey is null)
        {
            return null;
        }

        var (form, refusal) = await OpenAsync(publicKey, token, cancellationToken);
        if (form is null)
        {
            return new WholeSubmission(null, refusal, new Dictionary<string, string>());
        }

        var (answers, errors) = form.Questionnaire.Sheet.Check(given.GetValueOrDefault);
        foreach (var unknown in given.Keys.Where(name => !form.Survey.Items.Exists(i => i.Name == name)))
        {
            errors[unknown] = "This survey has no question with this name.";
        }

        if (errors.Count > 0)
        {
            return new WholeSubmission(null, null, errors);
        }

        var stored = form.Questionnaire.LanguageFor(language);
        return new WholeSubmission(await StoreAsync(form, answers, stored, token), null, errors, stored, answers.Count);
    }

    /// <summary>Stores a complete, checked questionnaire; returns once it is committed, or says the invitation was refused.</summary>
    /// <remarks>
    /// Not a command, unlike every other survey change: respondents are anonymous and hold no
    /// permission to check, and this is the benchmarked hot path, so the <see cref="ResponseWriter"/>
    /// batches submissions into its own transactions and writes their audit record itself.
    /// </remarks>
    public Task<SubmissionOutcome> StoreAsync(WaveForm form, IReadOnlyDictionary<int, string> answers, string language, string? token) =>
        writer.SubmitAsync(form.ResponseOf(answers, language), string.IsNullOrEmpty(token) ? null : WaveKeys.HashOf(token));
}

/// <summary>The addresses of a public link's pages, keeping the language and the invitation token.</summary>
public static class PublicLinks
{
    public static string Form(string publicKey, string? language, string? token) => $"/s/{Uri.EscapeDataString(publicKey)}{Query(language, token)}";

    public static string Send(string publicKey, string? language, string? token) => $"/s/{Uri.EscapeDataString(publicKey)}/send{Query(language, token)}";

    public static string Thanks(string publicKey) => $"/s/{Uri.EscapeDataString(publicKey)}/thanks";

    private static string Query(string? language, string? token) =>
        QueryString.Create(new KeyValuePair<string, string?>[] { new("lang", language), new("t", token) }
            .Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}

internal static class WaveFormResponses
{
    /// <summary>A new public-link response; the writer stamps the time when it commits. Nothing about the respondent is kept.</summary>
    public static SurveyResponse ResponseOf(this WaveForm form, IReadOnlyDictionary<int, string> answers, string language) => new()
    {
        SurveyId = form.Survey.Id,
        WaveId = form.Wave.Id,
        Origin = ResponseOrigin.PublicLink,
        Language = language,
        AnswersJson = AnswerSheet.ToJson(answers),
    };
}
