using Lantern.Screening.Ads;

namespace Lantern.Screening.Indicators;

/// <summary>
/// Guesses what an ad is when the input does not say, from the cue words of each kind. Job
/// vocabulary needs two cues, because "work" or "experience" alone also appear in service ads.
/// </summary>
internal static class KindInference
{
    private const int LongText = 600;

    public static AdKind Infer(TextScan scan)
    {
        var job = scan.Count(Cue.KindJob);
        var service = scan.Count(Cue.KindService);
        var message = scan.Count(Cue.KindMessage);
        if (job >= 2 && job >= service)
        {
            return AdKind.Job;
        }

        if (service > 0 && service >= message)
        {
            return AdKind.Service;
        }

        if (message > 0 && scan.Text.Length < LongText)
        {
            return AdKind.Message;
        }

        return job > 0 ? AdKind.Job : AdKind.Profile;
    }
}
