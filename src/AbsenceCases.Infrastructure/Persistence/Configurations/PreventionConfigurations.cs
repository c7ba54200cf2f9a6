using AbsenceCases.Domain.Prevention;

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
