using Lantern.Web.Features.Coalition.Commands;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure;

namespace Lantern.Web.Features.Coalition.Pages;

/// <summary>Maps the service form's fields (some of them repeated) to a <see cref="ServiceInput"/>.</summary>
public static class ServiceForm
{
    public static ServiceInput Read(IFormCollection form, out FieldErrors errors)
    {
        errors = new FieldErrors();
        var input = new ServiceInput
        {
            SubService = form["SubService"].ToString(),
            Languages = form["Languages"].ToString(),
            AcceptsReferrals = form["AcceptsReferrals"].Contains("true"),
            ReferralMethod = form["ReferralMethod"].ToString(),
            Description = form["Description"].ToString(),
        };

        foreach (var value in form["AreaIds"])
        {
            if (int.TryParse(value, out var areaId))
            {
                input.AreaIds.Add(areaId);
            }
            else
            {
                errors.Add(nameof(input.AreaIds), $"\"{value}\" is not an area id.");
            }
        }

        foreach (var value in form["Populations"])
        {
            if (Labels.TryParseCode<Population>(value, out var population))
            {
                input.Populations.Add(population);
            }
            else
            {
                errors.Add(nameof(input.Populations), $"\"{value}\" is not a population.");
            }
        }

        var capacity = form["MonthlyCapacity"].ToString();
        if (capacity.Length > 0)
        {
            if (int.TryParse(capacity, out var number))
            {
                input.MonthlyCapacity = number;
            }
            else
            {
                errors.Add(nameof(input.MonthlyCapacity), "must be a whole number.");
            }
        }

        return input;
    }

    public static ServiceInput FromService(Service service) => new()
    {
        SubService = service.SubService?.Code ?? "",
        AreaIds = [.. service.Areas.Select(a => a.AreaId)],
        Populations = [.. service.Populations.Select(p => p.Population)],
        MonthlyCapacity = service.MonthlyCapacity,
        Languages = service.Languages,
        AcceptsReferrals = service.AcceptsReferrals,
        ReferralMethod = service.ReferralMethod,
        Description = service.Description,
    };
}
