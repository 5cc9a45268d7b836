using Lantern.Web.Features.Advocacy.Catalogues;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Features.Advocacy.Queries;

namespace Lantern.Web.Features.Advocacy.Export;

public abstract record Block;

public sealed record Heading(int Level, string Text) : Block;

public sealed record Paragraph(string Text, bool Strong = false) : Block;

public sealed record Bullets(IReadOnlyList<string> Items) : Block;

public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

/// <summary>A place for a chart; the print page draws it, the file formats carry its table instead.</summary>
public sealed record ChartPlace(string Chart) : Block;

public sealed record StrategyDocument(string Title, string Subtitle, IReadOnlyList<Block> Blocks);

/// <summary>
/// The strategy laid out like the toolkit's sections, as plain blocks. The print page, the PDF and
/// the DOCX all render this one outline, so the three never disagree about what a strategy contains.
/// </summary>
public static class StrategyOutline
{
    public const string MatrixChart = "matrix";
    public const string HeatMapChart = "heat-map";

    public static StrategyDocument Build(CampaignStrategy s, DateOnly printedOn)
    {
        var c = s.Campaign;
        var blocks = new List<Block>();
        void Section(CampaignStep step) => blocks.Add(new Heading(1, $"{step.Number} · {step.Title}"));

        blocks.Add(new Heading(1, "1 · The issue of concern"));
        blocks.Add(new Paragraph(Or(c.IssueOfConcern)));
        if (s.Evidence.Count > 0)
        {
            blocks.Add(new Heading(2, "Evidence"));
            blocks.Add(new Bullets([.. s.Evidence.Select(Describe)]));
        }

        blocks.Add(new Heading(1, "2 · Vision"));
        blocks.Add(new Paragraph(Or(c.Vision), Strong: true));

        Section(CampaignStep.Objectives);
        blocks.Add(s.Objectives.Count == 0 ? None : new Table(["Objective", "Measurable target", "Due", "Achieved"],
            [.. s.Objectives.Select(o => Row(o.Statement, o.MeasurableTarget, AdvocacyLabels.Date(o.DueDate), o.Achieved ? "yes" : "not yet"))]));

        Section(CampaignStep.Targets);
        blocks.Add(new ChartPlace(MatrixChart));
        foreach (var quadrant in TargetQuadrant.All)
        {
            var inside = s.Targets.Where(t => TargetQuadrant.Of(t) == quadrant).ToList();
            blocks.Add(new Heading(2, $"{quadrant.Action}: {AdvocacyLabels.Of(quadrant.Impact).ToLowerInvariant()}, {AdvocacyLabels.Of(quadrant.Influence).ToLowerInvariant()}"));
            blocks.Add(new Paragraph(quadrant.Advice));
            blocks.Add(inside.Count == 0 ? None : new Bullets([.. inside.Select(t => TargetLine(t, s.Targets))]));
        }

        Section(CampaignStep.Tactics);
        if (s.Tactics.Count == 0)
        {
            blocks.Add(None);
        }

        foreach (var tactic in s.Tactics)
        {
            blocks.Add(new Heading(2, $"{AdvocacyLabels.Of(tactic.Kind)}: {tactic.Title}"));
            if (tactic.Description is not null)
            {
                blocks.Add(new Paragraph(tactic.Description));
            }

            if (tactic.Activities.Count > 0)
            {
                blocks.Add(new Table(["Activity", "From", "To", "Owner", "Done"],
                    [.. tactic.Activities.OrderBy(a => a.StartDate).Select(a => Row(a.Title, AdvocacyLabels.Date(a.StartDate), AdvocacyLabels.Date(a.EndDate), a.Owner, a.Done ? "yes" : ""))]));
            }
        }

        Section(CampaignStep.Messages);
        blocks.Add(new Heading(2, "The public message"));
        blocks.Add(c.PublicMessage is null ? None : new Paragraph(c.PublicMessage, Strong: true));
        if (c.PublicMessageEvidence is not null)
        {
            blocks.Add(new Paragraph($"Evidence: {c.PublicMessageEvidence}"));
        }

        foreach (var target in s.Targets.Where(t => s.Messages.Any(m => m.TargetId == t.Id)))
        {
            blocks.Add(new Heading(2, $"For {target.Name}"));
            foreach (var message in s.Messages.Where(m => m.TargetId == target.Id))
            {
                blocks.Add(new Paragraph(message.Text));
                blocks.Add(new Paragraph($"Evidence: {message.Evidence}"));
            }
        }

        Section(CampaignStep.Risks);
        blocks.Add(new ChartPlace(HeatMapChart));
        blocks.Add(s.Risks.Count == 0 ? None : new Table(["#", "Risk or challenge", "Category", "Likelihood", "Impact", "Rating", "Mitigation", "Owner", "Status"],
            [.. s.Risks.Select((r, i) => Row($"{i + 1}", r.Description, AdvocacyLabels.Of(r.Category), $"{r.Likelihood}", $"{r.Impact}", $"{RiskRating.Overall(r)}", r.Mitigation, r.Owner ?? "", $"{r.Status}"))]));

        Section(CampaignStep.Monitoring);
        blocks.Add(new Heading(2, "Log frame"));
        blocks.Add(s.Indicators.Count == 0 ? None : new Table(["Indicator", "Kind", "Unit", "Baseline", "Target", "Due", "Latest", "Status"],
            [.. s.Indicators.Select(IndicatorRow)]));
        foreach (var indicator in s.Indicators.Where(i => i.Readings.Count > 0))
        {
            blocks.Add(new Heading(3, $"Readings: {indicator.Name}"));
            blocks.Add(new Table(["Date", $"Value ({indicator.Unit})", "Note"],
                [.. indicator.Readings.OrderBy(r => r.Date).Select(r => Row(AdvocacyLabels.Date(r.Date), AdvocacyLabels.Number(r.Value), r.Note ?? ""))]));
        }

        foreach (var stage in Enum.GetValues<EvaluationStage>())
        {
            var answered = EvaluationQuestions.For(stage)
                .Select(q => (q, a: s.Answers.FirstOrDefault(a => a.Stage == stage && a.QuestionCode == q.Code)))
                .Where(x => x.a is not null)
                .ToList();
            blocks.Add(new Heading(2, AdvocacyLabels.Of(stage)));
            blocks.Add(answered.Count == 0 ? new Paragraph("Not started.") : new Table(["Question", "Answer", "Notes"],
                [.. answered.Select(x => Row(x.q.Text, AdvocacyLabels.Of(x.a!.Answer), x.a.Notes ?? ""))]));
        }

        if (s.MediaKit.Count > 0 || s.Cards.Count > 0)
        {
            Section(CampaignStep.Communication);
            foreach (var item in s.MediaKit)
            {
                blocks.Add(new Heading(2, $"{AdvocacyLabels.Of(item.Kind)}: {item.Title}"));
                blocks.Add(new Paragraph(item.Body));
            }

            if (s.Cards.Count > 0)
            {
                blocks.Add(new Heading(2, "Social-media cards"));
                blocks.Add(new Bullets([.. s.Cards.Select(card => string.Join(" · ", new[] { card.Figure, card.Headline, card.Caption }.Where(t => !string.IsNullOrEmpty(t))))]));
            }
        }

        var subtitle = $"Advocacy strategy · {AdvocacyLabels.Of(c.Status)} · {AdvocacyLabels.Date(c.StartDate)} to {AdvocacyLabels.Date(c.EndDate)} · printed {AdvocacyLabels.Date(printedOn)}";
        return new StrategyDocument(c.Name, subtitle, blocks);
    }

    private static readonly Paragraph None = new("None recorded.");

    private static string Or(string text) => text.Length == 0 ? "Not written yet." : text;

    private static string[] Row(params string[] cells) => cells;

    private static string Describe(CampaignEvidence evidence) => evidence.Kind switch
    {
        EvidenceKind.Figure => $"{evidence.Figure} {evidence.Title} ({evidence.Source})",
        EvidenceKind.Document => $"{evidence.Title} (document {evidence.FileName})",
        _ => $"{evidence.Title}: {evidence.Url}",
    };

    private static string TargetLine(AdvocacyTarget target, IReadOnlyList<AdvocacyTarget> all)
    {
        var close = all.Where(t => t.CloseToTargetId == target.Id).Select(t => t.Name).ToList();
        return $"{target.Name} ({AdvocacyLabels.Of(target.Group)})" + (close.Count == 0 ? "" : $", reached through {string.Join(", ", close)}");
    }

    private static string[] IndicatorRow(Indicator indicator)
    {
        var progress = IndicatorProgress.Of(indicator);
        return Row(indicator.Name, $"{indicator.Kind}", indicator.Unit,
            $"{AdvocacyLabels.Number(indicator.Baseline)} ({AdvocacyLabels.Date(indicator.BaselineDate)})", AdvocacyLabels.Number(indicator.TargetValue),
            AdvocacyLabels.Date(indicator.DueDate), progress.Latest is { } latest ? AdvocacyLabels.Number(latest.Value) : "–", IndicatorProgress.Label(progress.Status));
    }
}
