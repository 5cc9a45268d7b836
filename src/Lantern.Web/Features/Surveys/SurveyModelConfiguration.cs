using Lantern.Web.Features.Surveys.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lantern.Web.Features.Surveys;

/// <summary>The survey tables; <c>Data/Migrations/0003_Surveys.cs</c> creates the same schema by hand.</summary>
public static class SurveyModelConfiguration
{
    public const int NameLength = 64;
    public const int TitleLength = 300;
    public const int DescriptionLength = 4000;
    public const int ConditionLength = 1000;
    public const int SourceLength = 300;

    private static readonly ValueConverter<LocalizedText, string> AsJson = new(text => text.ToJson(), json => LocalizedText.FromJson(json));

    public static void ConfigureSurveys(this ModelBuilder builder)
    {
        builder.Entity<Survey>(survey =>
        {
            survey.ToTable("Surveys");
            survey.Property(s => s.Title).HasMaxLength(TitleLength);
            survey.Property(s => s.Description).HasMaxLength(DescriptionLength);
            survey.Property(s => s.DefaultLanguage).HasMaxLength(16);
            survey.Property(s => s.Languages).HasMaxLength(200);
            Localized(survey.Property(s => s.ConsentStatement));
            survey.Property(s => s.Origin).HasMaxLength(64);
            survey.HasMany(s => s.Sections).WithOne().HasForeignKey(s => s.SurveyId).OnDelete(DeleteBehavior.Cascade);
            survey.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Cascade);
            survey.HasMany(s => s.Scales).WithOne().HasForeignKey(s => s.SurveyId).OnDelete(DeleteBehavior.Cascade);
            survey.HasMany(s => s.Waves).WithOne().HasForeignKey(w => w.SurveyId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SurveySection>(section =>
        {
            section.ToTable("SurveySections");
            Localized(section.Property(s => s.Title));
            section.Property(s => s.ShowIf).HasMaxLength(ConditionLength);
            section.HasIndex(s => new { s.SurveyId, s.Position });
        });

        builder.Entity<SurveyItem>(item =>
        {
            item.ToTable("SurveyItems");
            item.Property(i => i.Name).HasMaxLength(NameLength);
            Localized(item.Property(i => i.Label));
            Localized(item.Property(i => i.Hint));
            item.Property(i => i.ShowIf).HasMaxLength(ConditionLength);
            item.Property(i => i.AdaptedFrom).HasMaxLength(SourceLength);
            item.Property(i => i.Minimum).HasPrecision(18, 6);
            item.Property(i => i.Maximum).HasPrecision(18, 6);
            item.HasIndex(i => new { i.SurveyId, i.Name }).IsUnique();
            item.HasIndex(i => i.SectionId);
            // Deleting a section deletes its items; both databases accept the second cascade path.
            item.HasOne(i => i.Section).WithMany().HasForeignKey(i => i.SectionId).OnDelete(DeleteBehavior.Cascade);
            item.HasMany(i => i.Choices).WithOne().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ItemChoice>(choice =>
        {
            choice.ToTable("SurveyItemChoices");
            choice.Property(c => c.Value).HasMaxLength(NameLength);
            Localized(choice.Property(c => c.Label));
            choice.HasIndex(c => new { c.ItemId, c.Value }).IsUnique();
        });

        builder.Entity<SurveyScale>(scale =>
        {
            scale.ToTable("SurveyScales");
            scale.Property(s => s.Name).HasMaxLength(NameLength);
            scale.Property(s => s.Label).HasMaxLength(TitleLength);
            scale.HasIndex(s => new { s.SurveyId, s.Name }).IsUnique();
            scale.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.ScaleId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ScaleItem>(member =>
        {
            member.ToTable("SurveyScaleItems");
            member.HasKey(m => new { m.ScaleId, m.ItemId });
            member.HasIndex(m => m.ItemId);
            member.HasOne(m => m.Item).WithMany().HasForeignKey(m => m.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SurveyWave>(wave =>
        {
            wave.ToTable("SurveyWaves");
            wave.Property(w => w.Name).HasMaxLength(200);
            wave.Property(w => w.PublicKey).HasMaxLength(32);
            wave.HasIndex(w => w.PublicKey).IsUnique();
        });

        builder.Entity<WaveInvitation>(invitation =>
        {
            invitation.ToTable("SurveyWaveInvitations");
            invitation.Property(i => i.TokenHash).HasMaxLength(64);
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.HasIndex(i => i.WaveId);
            invitation.HasOne<SurveyWave>().WithMany().HasForeignKey(i => i.WaveId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SurveyResponse>(response =>
        {
            response.ToTable("SurveyResponses");
            response.Property(r => r.Id).ValueGeneratedNever();
            response.Property(r => r.Language).HasMaxLength(16);
            response.HasIndex(r => new { r.SurveyId, r.Id });
            response.HasIndex(r => r.WaveId);
            response.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
            // Responses outlive a deleted wave: the data were given, only the link is gone.
            response.HasOne<SurveyWave>().WithMany().HasForeignKey(r => r.WaveId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<SurveyAnalysis>(analysis =>
        {
            analysis.ToTable("SurveyAnalyses");
            analysis.Property(a => a.Name).HasMaxLength(200);
            analysis.Property(a => a.Syntax).HasMaxLength(20_000);
            analysis.Property(a => a.ResultDataStamp).HasMaxLength(64);
            analysis.HasIndex(a => a.SurveyId);
            analysis.HasOne<Survey>().WithMany().HasForeignKey(a => a.SurveyId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void Localized(PropertyBuilder<LocalizedText> property) => property.HasConversion(AsJson).IsRequired();
}
