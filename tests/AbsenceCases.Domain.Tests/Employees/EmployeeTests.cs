namespace AbsenceCases.Domain.Tests.Employees;

public class EmployeeTests
{
    [TestCase(37, 1)]
    [TestCase(18.5, 0.5)]
    [TestCase(29.6, 0.8)]
    [TestCase(0, 0)]
    public void ShouldTakeTheEmploymentFractionOfA37HourWeek(decimal weeklyHours, decimal fraction)
    {
        var employee = new Employee("1001", "Anne Andersen");

        var employment = employee.AddEmployment(7, weeklyHours, new DateOnly(2026, 1, 1), null, "Pædagog");

        Assert.That(employment.Fraction, Is.EqualTo(fraction));
    }

    [Test]
    public void ShouldCoverEveryDayFromTheFirstThroughTheLast()
    {
        var employee = new Employee("1001", "Anne Andersen");
        var employment = employee.AddEmployment(7, 37m, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), null);

        Assert.Multiple(() =>
        {
            Assert.That(employment.Covers(new DateOnly(2025, 12, 31)), Is.False);
            Assert.That(employment.Covers(new DateOnly(2026, 1, 1)), Is.True);
            Assert.That(employment.Covers(new DateOnly(2026, 6, 30)), Is.True);
            Assert.That(employment.Covers(new DateOnly(2026, 7, 1)), Is.False);
        });
    }

    [Test]
    public void ShouldCoverEveryDayFromTheFirstOfAnOngoingEmployment()
    {
        var employee = new Employee("1001", "Anne Andersen");
        var employment = employee.AddEmployment(7, 37m, new DateOnly(2026, 1, 1), null, null);

        Assert.Multiple(() =>
        {
            Assert.That(employment.Covers(new DateOnly(2025, 12, 31)), Is.False);
            Assert.That(employment.Covers(new DateOnly(2099, 12, 31)), Is.True);
        });
    }

    [Test]
    public void ShouldListTheEmploymentsOfADayWithTheMostHoursFirst()
    {
        var employee = new Employee("1001", "Anne Andersen");
        employee.AddEmployment(1, 37m, new DateOnly(2020, 1, 1), new DateOnly(2025, 12, 31), null);
        employee.AddEmployment(2, 10m, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), null);
        employee.AddEmployment(3, 18.5m, new DateOnly(2026, 1, 1), null, null);

        Assert.Multiple(() =>
        {
            Assert.That(employee.EmploymentsOn(new DateOnly(2026, 3, 15)).Select(e => e.UnitId), Is.EqualTo(new[] { 3, 2 }));
            Assert.That(employee.EmploymentsOn(new DateOnly(2025, 6, 1)).Select(e => e.UnitId), Is.EqualTo(new[] { 1 }));
            Assert.That(employee.EmploymentsOn(new DateOnly(2026, 4, 1)).Select(e => e.UnitId), Is.EqualTo(new[] { 3 }));
            Assert.That(employee.EmploymentsOn(new DateOnly(2019, 12, 31)), Is.Empty);
        });
    }

    [Test]
    public void ShouldKeepTheEmploymentsDetailsAndOwner()
    {
        var employee = new Employee("1001", "Anne Andersen");

        var employment = employee.AddEmployment(7, 30m, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "Pædagog");

        Assert.Multiple(() =>
        {
            Assert.That(employment.Employee, Is.SameAs(employee));
            Assert.That(employment.UnitId, Is.EqualTo(7));
            Assert.That(employment.StaffGroup, Is.EqualTo("Pædagog"));
            Assert.That(employment.Matches(7, 30m, new DateOnly(2026, 12, 31), "Pædagog"), Is.True);
            Assert.That(employment.Matches(7, 30m, null, "Pædagog"), Is.False);
            Assert.That(employee.Employments, Is.EqualTo(new[] { employment }));
        });
    }

    [Test]
    public void ShouldNoLongerListARemovedEmployment()
    {
        var employee = new Employee("1001", "Anne Andersen");
        var employment = employee.AddEmployment(7, 37m, new DateOnly(2026, 1, 1), null, null);

        employee.RemoveEmployment(employment);

        Assert.That(employee.EmploymentsOn(new DateOnly(2026, 3, 1)), Is.Empty);
    }

    [Test]
    public void ShouldBelongToTheNewUnitFromTheDayTheNewEmploymentStarts()
    {
        var employee = new Employee("1001", "Anne Andersen");
        employee.AddEmployment(7, 37m, new DateOnly(2020, 1, 1), new DateOnly(2026, 3, 31), null);
        employee.AddEmployment(8, 37m, new DateOnly(2026, 4, 1), null, null);

        Assert.Multiple(() =>
        {
            Assert.That(employee.CurrentEmployment(new DateOnly(2026, 3, 31))!.UnitId, Is.EqualTo(7));
            Assert.That(employee.CurrentEmployment(new DateOnly(2026, 4, 1))!.UnitId, Is.EqualTo(8));
        });
    }

    [Test]
    public void ShouldBelongWhereTheLastEmploymentEndedAfterLeaving()
    {
        var employee = new Employee("1001", "Anne Andersen");
        employee.AddEmployment(7, 37m, new DateOnly(2020, 1, 1), new DateOnly(2025, 12, 31), null);
        employee.AddEmployment(8, 10m, new DateOnly(2020, 1, 1), new DateOnly(2026, 2, 28), null);

        Assert.That(employee.CurrentEmployment(new DateOnly(2026, 6, 1))!.UnitId, Is.EqualTo(8));
    }

    [Test]
    public void ShouldBelongToTheConcurrentEmploymentWithMostHours()
    {
        var employee = new Employee("1001", "Anne Andersen");
        employee.AddEmployment(7, 10m, new DateOnly(2020, 1, 1), null, null);
        employee.AddEmployment(8, 27m, new DateOnly(2022, 1, 1), null, null);

        Assert.That(employee.CurrentEmployment(new DateOnly(2026, 6, 1))!.UnitId, Is.EqualTo(8));
    }

    [Test]
    public void ShouldBelongToTheEarlierOfConcurrentEmploymentsWithEqualHours()
    {
        var employee = new Employee("1001", "Anne Andersen");
        employee.AddEmployment(7, 18.5m, new DateOnly(2022, 1, 1), null, null, "1001-2");
        employee.AddEmployment(8, 18.5m, new DateOnly(2021, 1, 1), null, null, "1001-3");

        Assert.That(employee.CurrentEmployment(new DateOnly(2026, 6, 1))!.UnitId, Is.EqualTo(8));
    }

    [Test]
    public void ShouldBelongToTheLowerEmploymentNumberOfConcurrentEmploymentsAlikeInHoursAndStart()
    {
        var employee = new Employee("1001", "Anne Andersen");
        employee.AddEmployment(7, 18.5m, new DateOnly(2022, 1, 1), null, null, "1001-2");
        employee.AddEmployment(8, 18.5m, new DateOnly(2022, 1, 1), null, null, "1001-1");

        var employment = employee.CurrentEmployment(new DateOnly(2026, 6, 1))!;

        Assert.That((employment.UnitId, employment.EmploymentNumber), Is.EqualTo((8, "1001-1")));
    }

    [Test]
    public void ShouldBelongNowhereBeforeTheFirstEmploymentStarts()
    {
        var employee = new Employee("1001", "Anne Andersen");
        employee.AddEmployment(7, 37m, new DateOnly(2026, 8, 1), null, null);

        Assert.That(employee.CurrentEmployment(new DateOnly(2026, 6, 1)), Is.Null);
    }
}
