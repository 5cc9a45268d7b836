using Lantern.Web.Features.Surveys.Pages;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Lantern.Web.Features.Surveys.Pages.Instruments;

/// <summary>The edit pages of an instrument: a survey page that runs a command and shows its problems beside their fields.</summary>
public abstract class InstrumentEditPage : SurveyPage
{
    [Inject] protected CommandRunner Runner { get; set; } = default!;

    protected string InstrumentUrl => $"/surveys/{SurveyId}";

    /// <summary>Goes on to <paramref name="next"/> when the command worked; otherwise puts each problem on its field of the form.</summary>
    protected void Complete<T>(CommandResult<T> result, EditContext form, string next)
    {
        if (result.Succeeded)
        {
            Navigation.NavigateTo(next);
            return;
        }

        FormProblems.Show(form, result.Errors);
    }
}
