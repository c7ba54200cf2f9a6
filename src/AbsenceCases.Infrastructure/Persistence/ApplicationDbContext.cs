using AbsenceCases.Domain.Auditing;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Coordination;
using AbsenceCases.Domain.Employees;
using AbsenceCases.Domain.Notifications;
using AbsenceCases.Domain.Prevention;
using AbsenceCases.Domain.Requests;
using AbsenceCases.Domain.Wellbeing;
using AbsenceCases.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>The one database: the domain's tables, ASP.NET Core Identity's and the data-protection keys.</summary>
public sealed partial class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IApplicationDbContext, IDataProtectionKeyContext
{
    /// <summary>The data-protection key ring that signs cookies and tokens, shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OrganisationUnit> Units => Set<OrganisationUnit>();

    public DbSet<UnitManager> UnitManagers => Set<UnitManager>();

    public DbSet<UnitContactPerson> UnitContactPersons => Set<UnitContactPerson>();

    public DbSet<Employee> Employees => Set<Employee>();

    public DbSet<Employment> Employments => Set<Employment>();

    public DbSet<AbsenceSpell> Spells => Set<AbsenceSpell>();

    public DbSet<Section56Agreement> Section56Agreements => Set<Section56Agreement>();

    public DbSet<EmployeeAccount> EmployeeAccounts => Set<EmployeeAccount>();

    public DbSet<AbsenceCase> Cases => Set<AbsenceCase>();

    public DbSet<CoordinationGroup> CoordinationGroups => Set<CoordinationGroup>();

    public DbSet<CoordinationReview> CoordinationReviews => Set<CoordinationReview>();

    public DbSet<PreventionInitiative> PreventionInitiatives => Set<PreventionInitiative>();

    public DbSet<GoodExample> GoodExamples => Set<GoodExample>();

    public DbSet<Measurement> Measurements => Set<Measurement>();

    public DbSet<MeasurementResult> MeasurementResults => Set<MeasurementResult>();

    public DbSet<WorkplaceFollowUp> FollowUps => Set<WorkplaceFollowUp>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditSubject> AuditSubjects => Set<AuditSubject>();

    public DbSet<AuditRetentionWindow> AuditRetentionWindows => Set<AuditRetentionWindow>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<FollowUpReminder> FollowUpReminders => Set<FollowUpReminder>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<EmailMessage> EmailMessages => Set<EmailMessage>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public void DiscardChanges() => ChangeTracker.Clear();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
    }

    /// <summary>
    /// Enums are stored by name; instants as UTC ticks and decimals as REAL, so that SQLite can order and
    /// compare them.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
        configurationBuilder.Properties<AbsenceType>().HaveConversion<AbsenceTypeConverter>().HaveMaxLength(20);
        configurationBuilder.Properties<UnitKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CaseKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CaseStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CloseReason>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ConversationForm>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<DocumentationKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<MeasureStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<MemberRole>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<DayOfWeek>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<DeadlineKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<ReminderStage>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<NotificationKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<ReviewDecision>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<InitiativeType>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<MeasurementKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<FollowUpStep>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<GoodExampleSource>().HaveConversion<string>().HaveMaxLength(20);
    }

    private sealed class AbsenceTypeConverter() : ValueConverter<AbsenceType, string>(
        type => type.ToCode(), code => AbsenceTypeCodes.Parse(code));
}
