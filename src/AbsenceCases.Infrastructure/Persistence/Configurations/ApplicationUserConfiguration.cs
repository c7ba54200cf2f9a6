using AbsenceCases.Infrastructure.Identity;

namespace AbsenceCases.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder) => builder.Property(u => u.DisplayName).HasMaxLength(200);
}
