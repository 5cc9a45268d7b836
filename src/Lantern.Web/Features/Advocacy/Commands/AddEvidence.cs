using System.ComponentModel.DataAnnotations;
using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>Step 1's evidence: a link, a figure with its source, or an uploaded document.</summary>
public sealed class EvidenceInput
{
    [EnumDataType(typeof(EvidenceKind), ErrorMessage = "Choose link, document or figure.")]
    public EvidenceKind Kind { get; set; } = EvidenceKind.Link;

    [Required, StringLength(300)]
    public string Title { get; set; } = "";

    [Url, StringLength(1000), Display(Name = "Web address")]
    public string? Url { get => url; set => url = string.IsNullOrWhiteSpace(value) ? null : value.Trim(); }

    [StringLength(40)]
    public string? Figure { get; set; }

    [StringLength(300)]
    public string? Source { get; set; }

    private string? url;
}

/// <summary>The file types evidence may be, by extension; the stored content type comes from here, never from the browser.</summary>
public static class EvidenceFiles
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".csv"] = "text/csv",
        [".txt"] = "text/plain",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
    };

    public static string Accept => string.Join(",", ContentTypes.Keys);

    public static string? ContentTypeOf(string fileName) => ContentTypes.GetValueOrDefault(Path.GetExtension(fileName));
}

/// <summary>Adds evidence to a campaign; <c>File</c> is the uploaded document of a Document, null otherwise.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record AddEvidence(int CampaignId, EvidenceInput Input, IFormFile? File) : ICommand<CampaignEvidence>
{
    public sealed class Handler(LanternDbContext db, CampaignEditor editor) : ICommandHandler<AddEvidence, CampaignEvidence>
    {
        public async Task<CommandResult<CampaignEvidence>> HandleAsync(AddEvidence command, CancellationToken cancellationToken)
        {
            var (input, file) = (command.Input, command.File);
            var campaign = await editor.EditableAsync(command.CampaignId, cancellationToken);
            if (campaign is null)
            {
                return CommandResult<CampaignEvidence>.Fail("campaign", CampaignEditor.NoCampaign);
            }

            var errors = FieldErrors.Of(input);
            var contentType = file is null ? null : EvidenceFiles.ContentTypeOf(file.FileName);
            switch (input.Kind)
            {
                case EvidenceKind.Link when input.Url is null:
                    errors.Add(nameof(input.Url), "A link needs its web address.");
                    break;
                case EvidenceKind.Figure when string.IsNullOrWhiteSpace(input.Figure) || string.IsNullOrWhiteSpace(input.Source):
                    errors.Add(nameof(input.Figure), "A figure needs the number and its source.");
                    break;
                case EvidenceKind.Document when file is null || file.Length == 0:
                    errors.Add("File", "Choose the document to upload.");
                    break;
                case EvidenceKind.Document when file!.Length > EvidenceFiles.MaxBytes:
                    errors.Add("File", $"The document is larger than {EvidenceFiles.MaxBytes / 1024 / 1024} MB.");
                    break;
                case EvidenceKind.Document when contentType is null:
                    errors.Add("File", $"Upload one of these file types: {EvidenceFiles.Accept}.");
                    break;
            }

            if (!errors.IsEmpty)
            {
                return CommandResult<CampaignEvidence>.Fail(errors);
            }

            var evidence = new CampaignEvidence
            {
                CampaignId = campaign.Id, Kind = input.Kind, Title = input.Title.Trim(), Url = input.Url,
                Figure = input.Figure.TrimmedOrNull(), Source = input.Source.TrimmedOrNull(),
            };
            if (input.Kind == EvidenceKind.Document)
            {
                using var memory = new MemoryStream((int)file!.Length);
                await file.CopyToAsync(memory, cancellationToken);
                evidence.FileName = Path.GetFileName(file.FileName);
                evidence.ContentType = contentType;
                evidence.FileSize = memory.Length;
                evidence.File = new EvidenceFile { Content = memory.ToArray() };
            }

            db.Add(evidence);
            await editor.SaveAsync(campaign, cancellationToken);
            return new(evidence, errors);
        }
    }
}
