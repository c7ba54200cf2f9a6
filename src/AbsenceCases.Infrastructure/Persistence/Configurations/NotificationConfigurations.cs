using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Notifications;
using AbsenceCases.Domain.Organisation;
using AbsenceCases.Domain.Wellbeing;
using AbsenceCases.Infrastructure.Identity;

namespace AbsenceCases.Infrastructure.Persistence.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("Reminders");
        builder.Ignore(r => r.Key);
        builder.HasIndex(r => new { r.CaseId, r.Kind, r.DueDate, r.RecipientUserId, r.Stage }).IsUnique();
        builder.HasOne<AbsenceCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.RecipientUserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FollowUpReminderConfiguration : IEntityTypeConfiguration<FollowUpReminder>
{
    public void Configure(EntityTypeBuilder<FollowUpReminder> builder)
    {
        builder.ToTable("FollowUpReminders");
        builder.Ignore(r => r.Key);
        builder.HasIndex(r => new { r.MeasurementId, r.UnitId, r.Step, r.DueDate, r.RecipientUserId, r.Stage })
            .IsUnique().HasFilter("\"MeasureId\" IS NULL");
        builder.HasIndex(r => new { r.MeasureId, r.DueDate, r.RecipientUserId, r.Stage }).IsUnique().HasFilter("\"MeasureId\" IS NOT NULL");
        builder.HasOne<Measurement>().WithMany().HasForeignKey(r => r.MeasurementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ActionPlanMeasure>().WithMany().HasForeignKey(r => r.MeasureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.RecipientUserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.Key).HasMaxLength(200);
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => new { n.UserId, n.Key }).IsUnique().HasFilter("\"Key\" IS NOT NULL");
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AbsenceCase>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Measurement>().WithMany().HasForeignKey(n => n.MeasurementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EmailMessageConfiguration : IEntityTypeConfiguration<EmailMessage>
{
    public void Configure(EntityTypeBuilder<EmailMessage> builder)
    {
        builder.ToTable("EmailMessages");
        builder.Property(m => m.To).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Body).HasMaxLength(8000);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}
