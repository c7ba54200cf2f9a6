using AbsenceCases.Domain.Auditing;
using AbsenceCases.Domain.Requests;

namespace AbsenceCases.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(100);
        builder.HasIndex(a => a.CaseId);
        builder.HasIndex(a => a.At);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.HasKey(r => new { r.UserId, r.Key });
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.Key).HasMaxLength(200);
        builder.Property(r => r.RequestName).HasMaxLength(100);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
    }
}
