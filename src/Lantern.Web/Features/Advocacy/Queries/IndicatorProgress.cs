using Lantern.Web.Features.Advocacy.Model;

namespace Lantern.Web.Features.Advocacy.Queries;

public enum TrackStatus
{
    NoReadings,
    OnTrack,
    OffTrack,
    Achieved,
}

/// <summary>
/// Where an indicator stands. Progress is the share of the way from baseline to target that the
/// latest reading covers (so it works for targets below the baseline too); the plan is a straight
/// line from the baseline date to the due date. An indicator is on track while its progress is
/// within <see cref="Tolerance"/> of where that line says it should be on the reading's date.
/// </summary>
public sealed record IndicatorProgress(TrackStatus Status, double? Progress, double? Expected, IndicatorReading? Latest)
{
    public const double Tolerance = 0.10;

    public static IndicatorProgress Of(Indicator indicator)
    {
        var latest = indicator.Readings.OrderBy(r => r.Date).ThenBy(r => r.Id).LastOrDefault();
        if (latest is null)
        {
            return new(TrackStatus.NoReadings, null, null, null);
        }

        var progress = (latest.Value - indicator.Baseline) / (indicator.TargetValue - indicator.Baseline);
        var expected = ExpectedShare(indicator, latest.Date);
        var status = progress >= 1 ? TrackStatus.Achieved
            : progress >= expected - Tolerance ? TrackStatus.OnTrack
            : TrackStatus.OffTrack;
        return new(status, progress, expected, latest);
    }

    /// <summary>The planned share of the way on <paramref name="date"/>: 0 at the baseline date, 1 from the due date on.</summary>
    public static double ExpectedShare(Indicator indicator, DateOnly date)
    {
        var span = indicator.DueDate.DayNumber - indicator.BaselineDate.DayNumber;
        return span <= 0 ? 1 : Math.Clamp((date.DayNumber - indicator.BaselineDate.DayNumber) / (double)span, 0, 1);
    }

    public static string Label(TrackStatus status) => status switch
    {
        TrackStatus.OnTrack => "On track",
        TrackStatus.OffTrack => "Off track",
        TrackStatus.Achieved => "Achieved",
        _ => "No readings yet",
    };
}
