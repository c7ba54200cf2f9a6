using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Employees;

namespace AbsenceCases.Infrastructure.Persistence.Configurations;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.ToTable("Employees");
        builder.Property(e => e.EmployeeNumber).HasMaxLength(50);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.HasIndex(e => e.EmployeeNumber).IsUnique();
        builder.HasMany(e => e.Employments).WithOne(x => x.Employee).HasForeignKey(x => x.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EmploymentConfiguration : IEntityTypeConfiguration<Employment>
{
    public void Configure(EntityTypeBuilder<Employment> builder)
    {
        builder.ToTable("Employments");
        builder.Property(e => e.StaffGroup).HasMaxLength(100);
        builder.Property(e => e.EmploymentNumber).HasMaxLength(TextLimits.Code);
        builder.Ignore(e => e.Fraction);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.EmployeeId, e.From });
    }
}

internal sealed class AbsenceSpellConfiguration : IEntityTypeConfiguration<AbsenceSpell>
{
    public void Configure(EntityTypeBuilder<AbsenceSpell> builder)
    {
        builder.ToTable("Spells");
        builder.Ignore(s => s.IsOpen);
        builder.HasOne<Employee>().WithMany().HasForeignKey(s => s.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AbsenceCase>().WithMany(c => c.Spells).HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.SetNull);
        // The key by which an import finds a stored spell; the database refuses a second spell with it.
        builder.HasIndex(s => new { s.EmployeeId, s.Type, s.FirstDay }).IsUnique();
    }
}

internal sealed class Section56AgreementConfiguration : IEntityTypeConfiguration<Section56Agreement>
{
    public void Configure(EntityTypeBuilder<Section56Agreement> builder)
    {
        builder.ToTable("Section56Agreements");
        builder.Ignore(a => a.LastDay);
        builder.HasOne<Employee>().WithMany().HasForeignKey(a => a.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.EmployeeId, a.ValidFrom });
    }
}
