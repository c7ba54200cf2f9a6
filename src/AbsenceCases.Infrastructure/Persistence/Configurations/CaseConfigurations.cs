using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Employees;

namespace AbsenceCases.Infrastructure.Persistence.Configurations;

/// <summary>One open case per employee is held by the database: a unique index over the cases that are not closed.</summary>
internal sealed class AbsenceCaseConfiguration : IEntityTypeConfiguration<AbsenceCase>
{
    /// <summary>The same SQL on SQLite and PostgreSQL; the status is stored by name.</summary>
    private const string OpenCaseFilter = "\"Status\" <> 'Closed'";

    public void Configure(EntityTypeBuilder<AbsenceCase> builder)
    {
        builder.ToTable("Cases");
        builder.Property(c => c.ReportedBy).HasMaxLength(450);
        builder.ComplexProperty(c => c.CareContact, step => step.Property(s => s.On).HasColumnName("CareContactOn"));
        builder.ComplexProperty(c => c.FastTrackRequest, step => step.Property(s => s.On).HasColumnName("FastTrackRequestedOn"));
        builder.ComplexProperty(
            c => c.PossibilityStatementRequest, step => step.Property(s => s.On).HasColumnName("PossibilityStatementRequestedOn"));
        builder.ComplexProperty(c => c.RoundTableMeeting, step => step.Property(s => s.HeldOn).HasColumnName("RoundTableHeldOn"));
        builder.ComplexProperty(c => c.RetentionPlan, plan =>
        {
            plan.Property(p => p.RequestedOn).HasColumnName("RetentionPlanRequestedOn");
            plan.Property(p => p.MadeOn).HasColumnName("RetentionPlanMadeOn");
            plan.Property(p => p.Content).HasColumnName("RetentionPlan").HasMaxLength(4000);
        });
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.HasOpenSpell);
        builder.Ignore(c => c.AwaitsDocumentation);
        builder.Ignore(c => c.OpenAbsenceStart);
        builder.HasOne<Employee>().WithMany().HasForeignKey(c => c.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Conversations).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.DocumentationRequests).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.History).WithOne().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.PreventionPlan).WithOne().HasForeignKey<PreventionPlan>(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.EmployeeId, c.Status });
        builder.HasIndex(c => c.EmployeeId, "IX_Cases_EmployeeId_Open").IsUnique().HasFilter(OpenCaseFilter);
        builder.HasIndex(c => new { c.UnitId, c.Status });
    }
}

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToTable("Conversations");
        builder.Property(c => c.Note).HasMaxLength(2000);
    }
}

internal sealed class DocumentationRequestConfiguration : IEntityTypeConfiguration<DocumentationRequest>
{
    public void Configure(EntityTypeBuilder<DocumentationRequest> builder)
    {
        builder.ToTable("DocumentationRequests");
        builder.Ignore(r => r.IsAwaited);
    }
}

internal sealed class CaseHistoryEntryConfiguration : IEntityTypeConfiguration<CaseHistoryEntry>
{
    public void Configure(EntityTypeBuilder<CaseHistoryEntry> builder)
    {
        builder.ToTable("CaseHistory");
        builder.Property(h => h.ByUserId).HasMaxLength(450);
        builder.Property(h => h.ByName).HasMaxLength(200);
        builder.Property(h => h.Action).HasConversion<string>().HasMaxLength(50);
        builder.Property(h => h.Note).HasMaxLength(2000);
    }
}

internal sealed class PreventionPlanConfiguration : IEntityTypeConfiguration<PreventionPlan>
{
    public void Configure(EntityTypeBuilder<PreventionPlan> builder)
    {
        builder.ToTable("PreventionPlans");
        builder.HasMany(p => p.Measures).WithOne().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PreventionMeasureConfiguration : IEntityTypeConfiguration<PreventionMeasure>
{
    public void Configure(EntityTypeBuilder<PreventionMeasure> builder)
    {
        builder.ToTable("PreventionMeasures");
        builder.HasMeasureColumns();
    }
}

internal static class PlannedMeasureColumns
{
    /// <summary>The columns every kind of planned measure shares.</summary>
    public static void HasMeasureColumns<TMeasure>(this EntityTypeBuilder<TMeasure> builder)
        where TMeasure : PlannedMeasure
    {
        builder.Property(m => m.Description).HasMaxLength(TextLimits.MeasureDescription);
        builder.Property(m => m.Responsible).HasMaxLength(TextLimits.Name);
        builder.Property(m => m.ResponsibleUserId).HasMaxLength(TextLimits.UserId);
        builder.Property(m => m.OutcomeNote).HasMaxLength(TextLimits.Note);
    }
}
