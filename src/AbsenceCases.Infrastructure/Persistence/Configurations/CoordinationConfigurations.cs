using AbsenceCases.Domain.Coordination;
using AbsenceCases.Domain.Organisation;
using AbsenceCases.Infrastructure.Identity;

namespace AbsenceCases.Infrastructure.Persistence.Configurations;

internal sealed class CoordinationGroupConfiguration : IEntityTypeConfiguration<CoordinationGroup>
{
    public void Configure(EntityTypeBuilder<CoordinationGroup> builder)
    {
        builder.ToTable("CoordinationGroups");
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.HasIndex(g => g.Name).IsUnique();
        builder.HasMany(g => g.Workplaces).WithOne().HasForeignKey(w => w.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CoordinationGroupWorkplaceConfiguration : IEntityTypeConfiguration<CoordinationGroupWorkplace>
{
    public void Configure(EntityTypeBuilder<CoordinationGroupWorkplace> builder)
    {
        builder.ToTable("CoordinationGroupWorkplaces");
        builder.HasKey(w => new { w.GroupId, w.UnitId });
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(w => w.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CoordinationGroupMemberConfiguration : IEntityTypeConfiguration<CoordinationGroupMember>
{
    public void Configure(EntityTypeBuilder<CoordinationGroupMember> builder)
    {
        builder.ToTable("CoordinationGroupMembers");
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
