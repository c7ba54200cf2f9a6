using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Imports.Employees;

namespace AbsenceCases.Application.Tests.Imports;

public sealed class EmployeeImportRulesTests
{
    private readonly ImportErrors _errors = new();

    private EmployeeImportRules Rules => new(_errors);

    [TestCase(0.5)]
    [TestCase(37)]
    [TestCase(48)]
    public void ShouldTakeWeeklyHoursAboveZeroUpTo48(decimal hours)
    {
        Assert.That(Rules.WeeklyHours(2, hours), Is.EqualTo(hours));
        Assert.That(ImportErrorsOf.List(_errors), Is.Empty);
    }

    [TestCase(0)]
    [TestCase(48.01)]
    public void ShouldRefuseWeeklyHoursOfZeroOrAbove48(decimal hours)
    {
        Assert.That(Rules.WeeklyHours(2, hours), Is.Null);
        Assert.That(ImportErrorsOf.List(_errors), Is.EqualTo(new[] { (2, "weekly_hours", ImportCodes.WeeklyHours) }));
    }

    [Test]
    public void ShouldGroupTheRowsByEmployeeInOrderOfTheirFirstDay()
    {
        EmploymentRow[] rows = [Row(2, "7", new(2024, 6, 1), null), Row(3, "5", new(2024, 1, 1), null), Row(4, "7", new(2023, 1, 1), new(2024, 5, 31))];

        var employees = Rules.Check(rows);

        Assert.That(employees.Select(e => e.Select(r => r.Line)), Is.EqualTo(new[] { new[] { 3 }, new[] { 4, 2 } }));
        Assert.That(ImportErrorsOf.List(_errors), Is.Empty);
    }

    [Test]
    public void ShouldRefuseAnotherNameForAnEmployeeThanOnItsFirstLine()
    {
        EmploymentRow[] rows = [Row(2, "7", new(2024, 6, 1), null), Row(3, "7", new(2023, 1, 1), new(2023, 12, 31)) with { Name = "Anden" }];

        Rules.Check(rows);

        Assert.That(ImportErrorsOf.Rejected(_errors).Select(e => (e.Line, e.Column, e.Reason.Code, e.Reason.Args["line"])), Is.EqualTo(new[]
        {
            (3, "name", ImportCodes.NameDiffers, (object)2),
        }));
    }

    [Test]
    public void ShouldRefuseEmploymentsThatOverlapAnEarlierOneIncludingAnOpenOne()
    {
        EmploymentRow[] rows =
        [
            Row(2, "7", new(2020, 1, 1), new(2020, 12, 31)), Row(3, "7", new(2020, 12, 31), new(2021, 6, 30)),
            Row(4, "7", new(2021, 7, 1), null), Row(5, "7", new(2025, 1, 1), null),
        ];

        Rules.Check(rows);

        Assert.That(ImportErrorsOf.List(_errors), Is.EqualTo(new[]
        {
            (3, "employed_from", ImportCodes.OverlapsEmployment), (5, "employed_from", ImportCodes.OverlapsEmployment),
        }));
    }

    [Test]
    public void ShouldTakeConcurrentEmploymentsOfDifferentEmploymentNumbers()
    {
        EmploymentRow[] rows =
        [
            Row(2, "7", new(2024, 1, 1), null) with { EmploymentNumber = "7-1" },
            Row(3, "7", new(2024, 3, 1), null) with { EmploymentNumber = "7-2", UnitId = 2, WeeklyHours = 17 },
            Row(4, "7", new(2022, 1, 1), new(2023, 12, 31)) with { EmploymentNumber = "7-1" },
        ];

        var employees = Rules.Check(rows);

        Assert.That(employees.Single().Select(r => r.Line), Is.EqualTo(new[] { 4, 2, 3 }));
        Assert.That(ImportErrorsOf.List(_errors), Is.Empty);
    }

    [Test]
    public void ShouldRefuseOverlappingEmploymentsOfTheSameEmploymentNumber()
    {
        EmploymentRow[] rows =
        [
            Row(2, "7", new(2024, 1, 1), null) with { EmploymentNumber = "7-1" },
            Row(3, "7", new(2024, 3, 1), null) with { EmploymentNumber = "7-2" },
            Row(4, "7", new(2024, 6, 1), null) with { EmploymentNumber = "7-1" },
        ];

        Rules.Check(rows);

        Assert.That(ImportErrorsOf.Rejected(_errors).Select(e => (e.Line, e.Column, e.Reason.Code, e.Reason.Args["line"])), Is.EqualTo(new[]
        {
            (4, "employed_from", ImportCodes.OverlapsEmployment, (object)2),
        }));
    }

    [Test]
    public void ShouldTakeRowsWithoutAnEmploymentNumberAsOneEmploymentBesideNumberedOnes()
    {
        EmploymentRow[] rows =
        [
            Row(2, "7", new(2024, 1, 1), null), Row(3, "7", new(2024, 3, 1), null) with { EmploymentNumber = "7-2" },
            Row(4, "7", new(2024, 6, 1), null),
        ];

        Rules.Check(rows);

        Assert.That(ImportErrorsOf.List(_errors), Is.EqualTo(new[] { (4, "employed_from", ImportCodes.OverlapsEmployment) }));
    }

    private static EmploymentRow Row(int line, string number, DateOnly from, DateOnly? to) =>
        new(line, number, "Gerda Holm", UnitId: 1, WeeklyHours: 37, from, to, "Lærer");
}
