using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Imports.Employees;

namespace AbsenceCases.Application.Tests.Imports;

public sealed class EmployeeImportPlanTests
{
    private static readonly DateOnly RetentionEnded = new(2020, 12, 31);

    private readonly Dictionary<string, (int Id, string Name)> _employees = [];
    private readonly List<(int EmployeeId, StoredEmployment Employment)> _employments = [];

    [Test]
    public void ShouldInsertANewEmployeeWithItsEmployments()
    {
        var plan = Plan([Row(2, new(2024, 1, 1), null), Row(3, new(2019, 1, 1), new(2019, 12, 31))]);

        var change = plan.Employees.Single();
        Assert.That((change.Id, change.Number, change.Inserts.Count), Is.EqualTo(((int?)null, "7", 2)));
        Assert.That(plan.Result, Is.EqualTo(new ImportResult(Imported: 2, Updated: 0, Unchanged: 0)));
    }

    [Test]
    public void ShouldLeaveOutANewEmployeeWhoseEmploymentsAllEndedBeforeRetention()
    {
        var plan = Plan([Row(2, new(2018, 1, 1), new(2019, 12, 31)), Row(3, new(2020, 1, 1), RetentionEnded)]);

        Assert.That(plan.Employees, Is.Empty);
        Assert.That(plan.Result, Is.EqualTo(new ImportResult(Imported: 0, Updated: 0, Unchanged: 2)));
    }

    [Test]
    public void ShouldMatchStoredEmploymentsByTheirFirstDayAndDeleteThoseTheFileLacks()
    {
        Store(40, "7", "Gerda Holm",
            new StoredEmployment(400, 1, 37, new(2023, 1, 1), new(2023, 12, 31), "Lærer"),
            new StoredEmployment(401, 1, 37, new(2024, 1, 1), null, "Lærer"),
            new StoredEmployment(402, 1, 20, new(2022, 1, 1), new(2022, 12, 31), "Lærer"));

        var plan = Plan([Row(2, new(2023, 1, 1), new(2023, 12, 31)), Row(3, new(2024, 1, 1), new(2024, 12, 31)), Row(4, new(2025, 1, 1), null)]);

        var change = plan.Employees.Single();
        Assert.That(change.Id, Is.EqualTo(40));
        Assert.That(change.Inserts.Select(r => r.Line), Is.EqualTo(new[] { 4 }));
        Assert.That(change.Updates.Select(u => (u.Id, u.Row.Line)), Is.EqualTo(new[] { (401, 3) }));
        Assert.That(change.Deletes, Is.EqualTo(new[] { 402 }));
        Assert.That(plan.Result, Is.EqualTo(new ImportResult(Imported: 1, Updated: 1, Unchanged: 1)));
    }

    [Test]
    public void ShouldDeleteASecondStoredEmploymentOfTheSameFirstDay()
    {
        Store(40, "7", "Gerda Holm",
            new StoredEmployment(400, 1, 37, new(2024, 1, 1), null, "Lærer"), new StoredEmployment(401, 2, 10, new(2024, 1, 1), null, null));

        var plan = Plan([Row(2, new(2024, 1, 1), null)]);

        Assert.That(plan.Employees.Single().Deletes, Is.EqualTo(new[] { 401 }));
        Assert.That(plan.Result, Is.EqualTo(new ImportResult(Imported: 0, Updated: 0, Unchanged: 1)));
    }

    [Test]
    public void ShouldRenameAnEmployeeAndCountItsRowsAsUpdated()
    {
        Store(40, "7", "Gerda Hansen", new StoredEmployment(400, 1, 37, new(2024, 1, 1), null, "Lærer"));

        var plan = Plan([Row(2, new(2024, 1, 1), null)]);

        var change = plan.Employees.Single();
        Assert.That((change.Renamed, change.Name, change.ChangesEmployments), Is.EqualTo((true, "Gerda Holm", false)));
        Assert.That(plan.Result, Is.EqualTo(new ImportResult(Imported: 0, Updated: 1, Unchanged: 0)));
    }

    [Test]
    public void ShouldKeepTheAnonymousNameAndWriteNothingForAnUnchangedAnonymisedEmployee()
    {
        Store(40, "7", Anonymised.Text, new StoredEmployment(400, 1, 37, new(2019, 1, 1), new(2019, 12, 31), "Lærer"));

        var plan = Plan([Row(2, new(2019, 1, 1), new(2019, 12, 31))]);

        Assert.That(plan.Employees, Is.Empty);
        Assert.That(plan.Result, Is.EqualTo(new ImportResult(Imported: 0, Updated: 0, Unchanged: 1)));
    }

    [Test]
    public void ShouldMatchConcurrentEmploymentsByEmploymentNumberAndFirstDay()
    {
        Store(40, "7", "Gerda Holm",
            new StoredEmployment(400, 1, 20, new(2024, 1, 1), null, "Lærer", "7-1"),
            new StoredEmployment(401, 2, 17, new(2024, 1, 1), null, "Lærer", "7-2"));

        var plan = Plan([Row(2, new(2024, 1, 1), null) with { WeeklyHours = 20, EmploymentNumber = "7-1" },
            Row(3, new(2024, 1, 1), null) with { UnitId = 2, WeeklyHours = 17, EmploymentNumber = "7-2" }]);

        Assert.That(plan.Employees, Is.Empty);
        Assert.That(plan.Result, Is.EqualTo(new ImportResult(Imported: 0, Updated: 0, Unchanged: 2)));
    }

    [Test]
    public void ShouldUpdateTheConcurrentEmploymentOfTheSameNumberAndFirstDayOnly()
    {
        Store(40, "7", "Gerda Holm",
            new StoredEmployment(400, 1, 20, new(2024, 1, 1), null, "Lærer", "7-1"),
            new StoredEmployment(401, 2, 17, new(2024, 1, 1), null, "Lærer", "7-2"));

        var plan = Plan([Row(2, new(2024, 1, 1), null) with { WeeklyHours = 20, EmploymentNumber = "7-1" },
            Row(3, new(2024, 1, 1), new(2024, 12, 31)) with { UnitId = 2, WeeklyHours = 17, EmploymentNumber = "7-2" }]);

        Assert.That(plan.Employees.Single().Updates.Select(u => (u.Id, u.Row.Line)), Is.EqualTo(new[] { (401, 3) }));
        Assert.That(plan.Result, Is.EqualTo(new ImportResult(Imported: 0, Updated: 1, Unchanged: 1)));
    }

    [Test]
    public void ShouldReplaceAnEmploymentWhoseNumberChangedByANewOne()
    {
        Store(40, "7", "Gerda Holm", new StoredEmployment(400, 1, 37, new(2024, 1, 1), null, "Lærer"));

        var plan = Plan([Row(2, new(2024, 1, 1), null) with { EmploymentNumber = "7-1" }]);

        var change = plan.Employees.Single();
        Assert.That((change.Inserts.Single().Line, change.Updates.Count, change.Deletes.Single()), Is.EqualTo((2, 0, 400)));
        Assert.That(plan.Result, Is.EqualTo(new ImportResult(Imported: 1, Updated: 0, Unchanged: 0)));
    }

    private EmployeeImportPlan Plan(EmploymentRow[] rows)
    {
        var stored = new StoredEmployees(_employees, _employments.ToLookup(e => e.EmployeeId, e => e.Employment));
        var plan = new EmployeeImportPlan(stored, RetentionEnded);
        plan.Add(new ArraySegment<EmploymentRow>([.. rows.OrderBy(r => r.From)]));
        return plan;
    }

    private void Store(int id, string number, string name, params StoredEmployment[] employments)
    {
        _employees[number] = (id, name);
        _employments.AddRange(employments.Select(e => (id, e)));
    }

    private static EmploymentRow Row(int line, DateOnly from, DateOnly? to) => new(line, "7", "Gerda Holm", 1, 37, from, to, "Lærer");
}
