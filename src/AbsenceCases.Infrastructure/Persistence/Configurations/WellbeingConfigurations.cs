using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Domain.Organisation;
using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Infrastructure.Persistence.Configurations;

internal sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> builder)
    {
        builder.ToTable("Measurements");
        builder.Property(m => m.Name).HasMaxLength(TextLimits.Name);
        builder.HasOne<Measurement>().WithMany().HasForeignKey(m => m.FollowUpOfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Results).WithOne().HasForeignKey(r => r.MeasurementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Results).HasField("_results");
    }
}

internal sealed class MeasurementResultConfiguration : IEntityTypeConfiguration<MeasurementResult>
{
    public void Configure(EntityTypeBuilder<MeasurementResult> builder)
    {
        builder.ToTable("MeasurementResults");
        builder.Property(r => r.Dimension).HasMaxLength(TextLimits.Dimension);
        builder.Ignore(r => r.Figures);
        builder.HasIndex(r => new { r.MeasurementId, r.UnitId, r.Dimension }).IsUnique();
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkplaceFollowUpConfiguration : IEntityTypeConfiguration<WorkplaceFollowUp>
{
    public void Configure(EntityTypeBuilder<WorkplaceFollowUp> builder)
    {
        builder.ToTable("FollowUps");
        builder.HasIndex(f => new { f.MeasurementId, f.UnitId }).IsUnique();
        builder.HasOne<Measurement>().WithMany().HasForeignKey(f => f.MeasurementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Measures).WithOne().HasForeignKey(m => m.FollowUpId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Measures).HasField("_measures");
    }
}

internal sealed class ActionPlanMeasureConfiguration : IEntityTypeConfiguration<ActionPlanMeasure>
{
    public void Configure(EntityTypeBuilder<ActionPlanMeasure> builder)
    {
        builder.ToTable("ActionPlanMeasures");
        builder.HasMeasureColumns();
    }
}
