using AbsenceCases.Domain.Coordination;
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

internal sealed class CoordinationReviewConfiguration : IEntityTypeConfiguration<CoordinationReview>
{
    public void Configure(EntityTypeBuilder<CoordinationReview> builder)
    {
        builder.ToTable("CoordinationReviews");
        builder.Property(r => r.Attendees).HasMaxLength(4000);
        builder.Property(r => r.RecordedBy).HasMaxLength(450);
        builder.Ignore(r => r.AttendeeNames);
        builder.HasOne<CoordinationGroup>().WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.GroupId, r.HeldOn });
    }
}

internal sealed class ReviewItemConfiguration : IEntityTypeConfiguration<ReviewItem>
{
    public void Configure(EntityTypeBuilder<ReviewItem> builder)
    {
        builder.ToTable("CoordinationReviewItems");
        builder.Property(i => i.Note).HasMaxLength(2000);
        builder.HasOne<AbsenceCases.Domain.Cases.AbsenceCase>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
