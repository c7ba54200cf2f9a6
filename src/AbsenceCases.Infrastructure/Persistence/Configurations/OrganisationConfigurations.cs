using AbsenceCases.Infrastructure.Identity;

namespace AbsenceCases.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationUnitConfiguration : IEntityTypeConfiguration<OrganisationUnit>
{
    public void Configure(EntityTypeBuilder<OrganisationUnit> builder)
    {
        builder.ToTable("Units");
        builder.Property(u => u.Code).HasMaxLength(50);
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.Path).HasMaxLength(1000);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.HasIndex(u => u.Path);
        builder.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UnitContactPersonConfiguration : IEntityTypeConfiguration<UnitContactPerson>
{
    public void Configure(EntityTypeBuilder<UnitContactPerson> builder)
    {
        builder.ToTable("UnitContactPersons");
        builder.HasKey(c => c.UnitId);
        builder.HasOne<OrganisationUnit>().WithOne().HasForeignKey<UnitContactPerson>(c => c.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.UserId);
    }
}

internal sealed class UnitManagerConfiguration : IEntityTypeConfiguration<UnitManager>
{
    public void Configure(EntityTypeBuilder<UnitManager> builder)
    {
        builder.ToTable("UnitManagers");
        builder.HasKey(m => new { m.UserId, m.UnitId });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
