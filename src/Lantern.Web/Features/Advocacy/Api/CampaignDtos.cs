using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Catalogues;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Features.Advocacy.Queries;

namespace Lantern.Web.Features.Advocacy.Api;

public sealed record CampaignSummaryDto(int Id, string Name, CampaignStatus Status, bool IsPrivate, DateOnly? StartDate, DateOnly? EndDate, DateTime UpdatedAt)
{
    public static CampaignSummaryDto From(Campaign c) => new(c.Id, c.Name, c.Status, c.IsPrivate, c.StartDate, c.EndDate, c.UpdatedAt);
}

/// <summary>A campaign's own fields: steps 1, 2 and the public message of step 6.</summary>
public sealed record CampaignDto(
    int Id, string Name, CampaignStatus Status, string IssueOfConcern, string Vision, DateOnly? StartDate, DateOnly? EndDate, bool IsPrivate,
    string? PublicMessage, string? PublicMessageEvidence, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static CampaignDto From(Campaign c) => new(
        c.Id, c.Name, c.Status, c.IssueOfConcern, c.Vision, c.StartDate, c.EndDate, c.IsPrivate, c.PublicMessage, c.PublicMessageEvidence, c.CreatedAt, c.UpdatedAt);
}

/// <summary>A campaign with every step's items, as the strategy export holds it.</summary>
public sealed record CampaignDetailDto(
    CampaignDto Campaign, IReadOnlyList<MemberDto> Members, IReadOnlyList<EvidenceDto> Evidence, IReadOnlyList<ObjectiveDto> Objectives,
    IReadOnlyList<TargetDto> Targets, IReadOnlyList<TacticDto> Tactics, IReadOnlyList<MessageDto> Messages, IReadOnlyList<RiskDto> Risks,
    IReadOnlyList<IndicatorDto> Indicators, IReadOnlyList<EvaluationDto> Evaluation, IReadOnlyList<MediaKitDto> MediaKit, IReadOnlyList<SocialCardDto> SocialCards);

/// <summary>A member's account as the overview page shows it: never more than the id, the email and the name.</summary>
public sealed record MemberDto(string UserId, string? Email, string? DisplayName)
{
    public static MemberDto From(LanternUser user) => new(user.Id, user.Email, user.DisplayName);
}

/// <summary>Evidence without its file: a document's bytes come from <see cref="FileUrl"/>.</summary>
public sealed record EvidenceDto(int Id, EvidenceKind Kind, string Title, string? Url, string? Figure, string? Source, string? FileName, string? ContentType, long? FileSize, string? FileUrl)
{
    public static EvidenceDto From(CampaignEvidence e) => new(
        e.Id, e.Kind, e.Title, e.Url, e.Figure, e.Source, e.FileName, e.ContentType, e.FileSize,
        e.FileName is null ? null : $"/advocacy/{e.CampaignId}/evidence/{e.Id}/file");
}

public sealed record ObjectiveDto(int Id, string Statement, string MeasurableTarget, DateOnly DueDate, bool Achieved)
{
    public static ObjectiveDto From(Objective o) => new(o.Id, o.Statement, o.MeasurableTarget, o.DueDate, o.Achieved);
}

public sealed record TargetDto(int Id, string Name, TargetGroup Group, string? CatalogueCode, Impact Impact, Influence Influence, string? Notes, int? CloseToTargetId)
{
    public static TargetDto From(AdvocacyTarget t) => new(t.Id, t.Name, t.Group, t.CatalogueCode, t.Impact, t.Influence, t.Notes, t.CloseToTargetId);
}

public sealed record ActivityDto(int Id, int TacticId, string Title, DateOnly StartDate, DateOnly EndDate, string Owner, bool Done)
{
    public static ActivityDto From(PlannedActivity a) => new(a.Id, a.TacticId, a.Title, a.StartDate, a.EndDate, a.Owner, a.Done);
}

public sealed record TacticDto(int Id, TacticKind Kind, string Title, string? Description, IReadOnlyList<ActivityDto> Activities)
{
    public static TacticDto From(Tactic t) => new(t.Id, t.Kind, t.Title, t.Description, [.. t.Activities.OrderBy(a => a.StartDate).ThenBy(a => a.Id).Select(ActivityDto.From)]);
}

public sealed record MessageDto(int Id, int TargetId, string? ThemeCode, string Text, string Evidence)
{
    public static MessageDto From(TargetMessage m) => new(m.Id, m.TargetId, m.ThemeCode, m.Text, m.Evidence);
}

public sealed record RiskDto(int Id, RiskCategory Category, string Description, Level Likelihood, Level Impact, Level Rating, string Mitigation, string? Owner, RiskStatus Status)
{
    public static RiskDto From(Risk r) => new(r.Id, r.Category, r.Description, r.Likelihood, r.Impact, RiskRating.Overall(r), r.Mitigation, r.Owner, r.Status);
}

public sealed record ReadingDto(int Id, DateOnly Date, double Value, string? Note)
{
    public static ReadingDto From(IndicatorReading r) => new(r.Id, r.Date, r.Value, r.Note);
}

/// <summary>A log-frame row with its readings and where it stands (see <see cref="IndicatorProgress"/>).</summary>
public sealed record IndicatorDto(
    int Id, IndicatorKind Kind, string Name, string Unit, double Baseline, DateOnly BaselineDate, double TargetValue, DateOnly DueDate,
    TrackStatus Status, double? Progress, double? Expected, IReadOnlyList<ReadingDto> Readings)
{
    public static IndicatorDto From(Indicator i)
    {
        var progress = IndicatorProgress.Of(i);
        return new(i.Id, i.Kind, i.Name, i.Unit, i.Baseline, i.BaselineDate, i.TargetValue, i.DueDate, progress.Status, progress.Progress, progress.Expected,
            [.. i.Readings.OrderBy(r => r.Date).ThenBy(r => r.Id).Select(ReadingDto.From)]);
    }
}

/// <summary>One question of an evaluation checklist with the campaign's answer (NotYet until one is given).</summary>
public sealed record EvaluationDto(EvaluationStage Stage, string QuestionCode, string Part, string Question, EvaluationAnswerValue Answer, string? Notes)
{
    public static IReadOnlyList<EvaluationDto> Checklist(IEnumerable<EvaluationAnswer> answers, EvaluationStage? stage = null)
    {
        var given = answers.ToDictionary(a => (a.Stage, a.QuestionCode));
        return [.. EvaluationQuestions.All.Where(q => stage is null || q.Stage == stage).Select(q => given.TryGetValue((q.Stage, q.Code), out var a)
            ? new EvaluationDto(q.Stage, q.Code, q.Part, q.Text, a.Answer, a.Notes)
            : new EvaluationDto(q.Stage, q.Code, q.Part, q.Text, EvaluationAnswerValue.NotYet, null))];
    }
}

public sealed record MediaKitDto(int Id, MediaKitKind Kind, string Title, string Body)
{
    public static MediaKitDto From(MediaKitItem m) => new(m.Id, m.Kind, m.Title, m.Body);
}

public sealed record SocialCardDto(int Id, string Headline, string? Figure, string? Source, string? Caption, CardPalette Palette, string ImageUrl)
{
    public static SocialCardDto From(SocialCard c) => new(c.Id, c.Headline, c.Figure, c.Source, c.Caption, c.Palette, $"/advocacy/{c.CampaignId}/cards/{c.Id}.svg");
}

/// <summary>One line of the change history: who changed which item, how, and when.</summary>
public sealed record ChangeDto(long Id, string ItemType, int ItemId, string ItemLabel, string Action, string Changes, string? UserId, string UserName, DateTime At)
{
    public static ChangeDto From(ChangeRecord c) => new(c.Id, c.ItemType, c.ItemId, c.ItemLabel, c.Action, c.Changes, c.UserId, c.UserName, DateTime.SpecifyKind(c.At, DateTimeKind.Utc));
}
