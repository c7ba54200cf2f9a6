using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Auditing;
using AbsenceCases.Domain.Coordination;
using AbsenceCases.Domain.Employees;
using AbsenceCases.Domain.Notifications;
using AbsenceCases.Domain.Organisation;
using AbsenceCases.Domain.Prevention;
using AbsenceCases.Domain.Requests;
using AbsenceCases.Domain.Wellbeing;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace AbsenceCases.Application.Common.Interfaces;

/// <summary>The application's view of its database; handlers use it directly, without repositories.</summary>
public interface IApplicationDbContext
{
    DbSet<OrganisationUnit> Units { get; }

    DbSet<UnitManager> UnitManagers { get; }

    DbSet<UnitContactPerson> UnitContactPersons { get; }

    DbSet<Employee> Employees { get; }

    DbSet<Employment> Employments { get; }

    DbSet<AbsenceSpell> Spells { get; }

    DbSet<Section56Agreement> Section56Agreements { get; }

    DbSet<EmployeeAccount> EmployeeAccounts { get; }

    DbSet<AbsenceCase> Cases { get; }

    DbSet<CoordinationGroup> CoordinationGroups { get; }

    DbSet<CoordinationReview> CoordinationReviews { get; }

    DbSet<PreventionInitiative> PreventionInitiatives { get; }

    DbSet<GoodExample> GoodExamples { get; }

    DbSet<Measurement> Measurements { get; }

    DbSet<MeasurementResult> MeasurementResults { get; }

    DbSet<WorkplaceFollowUp> FollowUps { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<AuditSubject> AuditSubjects { get; }

    DbSet<AuditRetentionWindow> AuditRetentionWindows { get; }

    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    DbSet<Reminder> Reminders { get; }

    DbSet<FollowUpReminder> FollowUpReminders { get; }

    DbSet<Notification> Notifications { get; }

    DbSet<EmailMessage> EmailMessages { get; }

    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Holds what is saved from now on in one transaction, begun by the first save (a read takes no write lock), that
    /// commits only with <see cref="IHeldChanges.CommitAsync"/>; disposed uncommitted, it rolls back. A hold within a
    /// hold joins it. The audit behaviour holds each audited request, so that a change commits with its audit row.
    /// </summary>
    IHeldChanges HoldChanges();

    /// <summary>Begins a transaction, or joins the held or running one, whose commit then waits for its owner's.</summary>
    Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>Forgets every change not yet saved, so that nothing a failed request changed is saved by a later one.</summary>
    void DiscardChanges();
}
