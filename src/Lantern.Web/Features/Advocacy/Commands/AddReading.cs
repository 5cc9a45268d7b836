using System.ComponentModel.DataAnnotations;
using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Commands;

public sealed class ReadingInput
{
    [Required]
    public DateOnly? Date { get; set; }

    [Required]
    public double? Value { get; set; }

    [StringLength(1000)]
    public string? Note { get; set; }
}

/// <summary>Records a reading of one of the campaign's indicators, dated on or after its baseline date.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record AddReading(int CampaignId, int IndicatorId, ReadingInput Input) : ICommand<IndicatorReading>
{
    public sealed class Handler(LanternDbContext db, CampaignEditor editor) : ICommandHandler<AddReading, IndicatorReading>
    {
        public async Task<CommandResult<IndicatorReading>> HandleAsync(AddReading command, CancellationToken cancellationToken)
        {
            var (campaignId, indicatorId, input) = (command.CampaignId, command.IndicatorId, command.Input);
            var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == indicatorId && i.CampaignId == campaignId, cancellationToken);
            return await editor.SaveItemAsync(campaignId, null, input,
                () => new IndicatorReading { CampaignId = campaignId, IndicatorId = indicatorId },
                reading =>
                {
                    reading.Date = input.Date!.Value;
                    reading.Value = input.Value!.Value;
                    reading.Note = input.Note.TrimmedOrNull();
                },
                cancellationToken,
                errors =>
                {
                    if (indicator is null)
                    {
                        errors.Add("indicator", "No such indicator.");
                    }
                    else if (input.Date is { } date && date < indicator.BaselineDate)
                    {
                        errors.Add(nameof(input.Date), $"The reading is dated before the baseline date ({indicator.BaselineDate:yyyy-MM-dd}).");
                    }

                    return Task.CompletedTask;
                });
        }
    }
}
