using System.Security.Claims;
using Lantern.Web.Infrastructure.Auth;

namespace Lantern.Web.Features.Surveys.Pages;

/// <summary>
/// Whether a page offers a link or button that needs more than reading surveys. Only what is shown
/// depends on it: pages declare what they need, and commands and endpoints check again.
/// </summary>
public static class SurveyAccess
{
    public static bool MaySurveys(this ClaimsPrincipal user, Operation operation) => user.Can(Resource.Surveys, operation);
}
