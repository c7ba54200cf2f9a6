using AbsenceCases.Application.Common.Validation;
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
