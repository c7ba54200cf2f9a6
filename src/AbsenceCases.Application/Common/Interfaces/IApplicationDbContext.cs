using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Auditing;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Coordination;
using AbsenceCases.Domain.Employees;
using AbsenceCases.Domain.Notifications;
using AbsenceCases.Domain.Organisation;
using AbsenceCases.Domain.Prevention;
using AbsenceCases.Domain.Requests;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AbsenceCases.Application.Common.Interfaces;

/// <summary>The application's view of its database; handlers use it directly, without repositories.</summary>
public interface IApplicationDbContext
{
    DbSet<OrganisationUnit> Units { get; }

    DbSet<UnitManager> UnitManagers { get; }

    DbSet<Employee> Employees { get; }

    DbSet<Employment> Employments { get; }

    DbSet<AbsenceSpell> Spells { get; }

    DbSet<Section56Agreement> Section56Agreements { get; }

    DbSet<AbsenceCase> Cases { get; }

    DbSet<CoordinationGroup> CoordinationGroups { get; }

    DbSet<CoordinationReview> CoordinationReviews { get; }

    DbSet<PreventionInitiative> PreventionInitiatives { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    DbSet<Reminder> Reminders { get; }

    DbSet<Notification> Notifications { get; }

    DbSet<EmailMessage> EmailMessages { get; }

    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Forgets every change not yet saved, so that nothing a failed request changed is saved by a later one.</summary>
    void DiscardChanges();
}
