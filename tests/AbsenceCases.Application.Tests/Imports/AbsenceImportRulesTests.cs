using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Imports.Absences;

namespace AbsenceCases.Application.Tests.Imports;

public sealed class AbsenceImportRulesTests
{
    private static readonly DateOnly RetentionEnded = new(2020, 12, 31);

    private readonly ImportErrors _errors = new();
    private readonly Mock<IEmployeeDirectory> _employees = new();

    public AbsenceImportRulesTests()
    {
        _employees.Setup(e => e.IdOf("5001")).Returns(11);
        _employees.Setup(e => e.IsEmployedOn(11, It.Is<DateOnly>(day => day >= new DateOnly(2024, 1, 1)))).Returns(true);
    }

    private AbsenceImportRules Rules => new(_employees.Object, RetentionEnded, _errors);

    [Test]
    public void ShouldFindAStoredEmployee()
    {
        Assert.That(Rules.TryEmployee(2, "5001", "", out var id), Is.True);
        Assert.That(id, Is.EqualTo(11));
        Assert.That(ImportErrorsOf.List(_errors), Is.Empty);
    }

    [TestCase("")]
    [TestCase("2021-01-01")]
    [TestCase("not a date")]
    public void ShouldRefuseAnUnknownEmployeeUnlessTheSpellEndedBeforeRetention(string lastDay)
    {
        var rules = Rules;

        Assert.That(rules.TryEmployee(2, "9999", lastDay, out var id), Is.True);
        Assert.That((id, rules.PastRetention), Is.EqualTo(((int?)null, 0)));
        Assert.That(ImportErrorsOf.List(_errors), Is.EqualTo(new[] { (2, "employee_number", ImportCodes.UnknownEmployee) }));
    }

    [TestCase("2020-12-31")]
    [TestCase("2015-06-01")]
    public void ShouldLeaveOutASpellOfAnUnknownEmployeeThatEndedBeforeRetention(string lastDay)
    {
        var rules = Rules;

        Assert.That(rules.TryEmployee(2, "9999", lastDay, out _), Is.False);
        Assert.That(rules.PastRetention, Is.EqualTo(1));
        Assert.That(ImportErrorsOf.List(_errors), Is.Empty);
    }

    [Test]
    public void ShouldLeaveAMissingNumberToTheReader()
    {
        Assert.That(Rules.TryEmployee(2, null, "2015-06-01", out var id), Is.True);
        Assert.That(id, Is.Null);
        Assert.That(ImportErrorsOf.List(_errors), Is.Empty);
    }

    [Test]
    public void ShouldRefuseAFirstDayOutsideTheEmployeesEmployments()
    {
        var rules = Rules;

        Assert.That(rules.Employed(2, 11, new DateOnly(2024, 1, 1)), Is.EqualTo(new DateOnly(2024, 1, 1)));
        Assert.That(rules.Employed(3, 11, new DateOnly(2023, 12, 31)), Is.Null);
        Assert.That(ImportErrorsOf.List(_errors), Is.EqualTo(new[] { (3, "first_day", ImportCodes.OutsideEmployment) }));
    }
}
