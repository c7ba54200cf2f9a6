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
        builder.Property(a => a.RequestId).HasMaxLength(100);
        builder.Property(a => a.ClientAddress).HasMaxLength(64);
        builder.Property(a => a.TargetUserId).HasMaxLength(450);
        builder.Property(a => a.Detail).HasMaxLength(1000);
        builder.HasIndex(a => a.CaseId);
        builder.HasIndex(a => a.EmployeeId);
        builder.HasIndex(a => a.UserId);
        builder.HasIndex(a => a.At);

        // Restrict: the retention deletes a row's subjects first, and nothing deletes them by cascade behind the triggers.
        builder.HasMany(a => a.Subjects).WithOne().HasForeignKey(s => s.AuditEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditSubjectConfiguration : IEntityTypeConfiguration<AuditSubject>
{
    public void Configure(EntityTypeBuilder<AuditSubject> builder)
    {
        builder.ToTable("AuditLogSubjects");
        builder.HasIndex(s => s.CaseId);
        builder.HasIndex(s => s.EmployeeId);
    }
}

internal sealed class AuditRetentionWindowConfiguration : IEntityTypeConfiguration<AuditRetentionWindow>
{
    public void Configure(EntityTypeBuilder<AuditRetentionWindow> builder)
    {
        builder.ToTable("AuditRetentionWindow");
        builder.Property(w => w.Id).ValueGeneratedNever();
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
