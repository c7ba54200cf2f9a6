using AbsenceCases.Domain.Prevention;
using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Infrastructure.Persistence.Configurations;

internal sealed class PreventionInitiativeConfiguration : IEntityTypeConfiguration<PreventionInitiative>
{
    public void Configure(EntityTypeBuilder<PreventionInitiative> builder)
    {
        builder.ToTable("PreventionInitiatives");
        builder.Property(i => i.Description).HasMaxLength(1000);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GoodExampleConfiguration : IEntityTypeConfiguration<GoodExample>
{
    public void Configure(EntityTypeBuilder<GoodExample> builder)
    {
        builder.ToTable("GoodExamples");
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.WhatWasDone).HasMaxLength(2000);
        builder.Property(e => e.WhatCameOfIt).HasMaxLength(2000);
        builder.ComplexProperty(e => e.Figures, figures =>
        {
            figures.Property(f => f.BeforeFrom).HasMaxLength(7);
            figures.Property(f => f.BeforeTo).HasMaxLength(7);
            figures.Property(f => f.AfterFrom).HasMaxLength(7);
            figures.Property(f => f.AfterTo).HasMaxLength(7);
            figures.Property(f => f.WellbeingBefore).HasPrecision(5, 2);
            figures.Property(f => f.WellbeingAfter).HasPrecision(5, 2);
        });
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PreventionInitiative>().WithMany().HasForeignKey(e => e.InitiativeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Measurement>().WithMany().HasForeignKey(e => e.MeasurementId).OnDelete(DeleteBehavior.SetNull);
    }
}
