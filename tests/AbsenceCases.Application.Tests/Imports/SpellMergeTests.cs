using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Imports.Absences;

namespace AbsenceCases.Application.Tests.Imports;

public sealed class SpellMergeTests
{
    private readonly ImportErrors _errors = new();

    [Test]
    public void ShouldInsertNewSpellsUpdateChangedOnesAndCountTheUnchanged()
    {
        SpellRow[] rows =
        [
            Row(2, 1, AbsenceType.OwnIllness, new(2025, 1, 6), new(2025, 1, 8)), Row(3, 1, AbsenceType.OwnIllness, new(2025, 2, 3), new(2025, 2, 5)),
            Row(4, 1, AbsenceType.ChildIllness, new(2025, 1, 6), null),
        ];
        List<StoredSpell> stored =
        [
            Stored(100, 1, AbsenceType.OwnIllness, new(2025, 1, 6), new(2025, 1, 8)), Stored(101, 1, AbsenceType.OwnIllness, new(2025, 2, 3), null),
            Stored(102, 2, AbsenceType.OwnIllness, new(2025, 1, 6), null),
        ];

        var plan = Merge(rows, stored);

        Assert.That(plan.Inserts.Select(i => rows[i].Line), Is.EqualTo(new[] { 4 }));
        Assert.That(plan.Updates.Select(u => (u.Id, rows[u.Row].Line)), Is.EqualTo(new[] { (101, 3) }));
        Assert.That(plan.Unchanged, Is.EqualTo(1));
        Assert.That(ImportErrorsOf.List(_errors), Is.Empty);
    }

    [Test]
    public void ShouldUpdateASpellWhosePercentChanged()
    {
        SpellRow[] rows = [new(2, 1, new PackedSpell(AbsenceType.OwnIllness, new(2025, 1, 6), null, 50))];

        var plan = Merge(rows, [Stored(100, 1, AbsenceType.OwnIllness, new(2025, 1, 6), null)]);

        Assert.That(plan.Updates, Is.EqualTo(new[] { (100, 0) }));
    }

    [Test]
    public void ShouldRefuseSpellsOfTheFileThatOverlapEachOther()
    {
        SpellRow[] rows =
        [
            Row(2, 1, AbsenceType.OwnIllness, new(2025, 1, 6), null), Row(3, 1, AbsenceType.OwnIllness, new(2025, 3, 3), new(2025, 3, 4)),
            Row(4, 1, AbsenceType.ChildIllness, new(2025, 3, 3), new(2025, 3, 4)), Row(5, 2, AbsenceType.OwnIllness, new(2025, 3, 3), null),
        ];

        Merge(rows, []);

        Assert.That(ImportErrorsOf.Rejected(_errors).Select(e => (e.Line, e.Column, e.Reason.Code, e.Reason.Args["line"])), Is.EqualTo(new[]
        {
            (3, "first_day", ImportCodes.OverlapsSpell, (object)2),
        }));
    }

    [Test]
    public void ShouldRefuseASpellStartingWithinAStoredOneTheFileDoesNotName()
    {
        SpellRow[] rows = [Row(2, 1, AbsenceType.OwnIllness, new(2025, 2, 4), new(2025, 2, 6))];

        Merge(rows, [Stored(100, 1, AbsenceType.OwnIllness, new(2025, 2, 3), new(2025, 2, 4))]);

        Assert.That(ImportErrorsOf.List(_errors), Is.EqualTo(new[] { (2, "first_day", ImportCodes.OverlapsStoredSpell) }));
    }

    [Test]
    public void ShouldRefuseASpellReachingIntoAStoredOneTheFileDoesNotName()
    {
        SpellRow[] rows = [Row(2, 1, AbsenceType.OwnIllness, new(2025, 2, 1), new(2025, 2, 3))];

        Merge(rows, [Stored(100, 1, AbsenceType.OwnIllness, new(2025, 2, 3), new(2025, 2, 4))]);

        Assert.That(ImportErrorsOf.List(_errors), Is.EqualTo(new[] { (2, "last_day", ImportCodes.OverlapsStoredSpell) }));
    }

    [Test]
    public void ShouldNotBlameTheFileForStoredSpellsOverlappingEachOther()
    {
        List<StoredSpell> stored =
        [
            Stored(100, 1, AbsenceType.OwnIllness, new(2025, 2, 3), null), Stored(101, 1, AbsenceType.OwnIllness, new(2025, 2, 10), new(2025, 2, 11)),
        ];

        var plan = Merge([], stored);

        Assert.That((plan.Inserts.Count, plan.Updates.Count, plan.Unchanged), Is.EqualTo((0, 0, 0)));
        Assert.That(ImportErrorsOf.List(_errors), Is.Empty);
    }

    [Test]
    public void ShouldOrderSpellsByEmployeeThenTypeThenFirstDay()
    {
        SpellRow[] rows =
        [
            Row(2, 70_000, AbsenceType.OwnIllness, new(2020, 1, 1), null), Row(3, 2, AbsenceType.WorkInjury, new(2001, 1, 1), null),
            Row(4, 2, AbsenceType.OwnIllness, new(2099, 12, 31), null), Row(5, 2, AbsenceType.OwnIllness, new(2000, 1, 1), null),
        ];

        Array.Sort(rows, (a, b) => a.Order.CompareTo(b.Order));

        Assert.That(rows.Select(r => r.Line), Is.EqualTo(new[] { 5, 4, 3, 2 }));
    }

    private SpellMerge.MergePlan Merge(SpellRow[] rows, List<StoredSpell> stored)
    {
        Array.Sort(rows, (a, b) => a.Order.CompareTo(b.Order));
        stored.Sort((a, b) => a.Order.CompareTo(b.Order));
        return SpellMerge.Plan(rows, stored, _errors);
    }

    private static SpellRow Row(int line, int employeeId, AbsenceType type, DateOnly first, DateOnly? last) =>
        new(line, employeeId, new PackedSpell(type, first, last, 100));

    private static StoredSpell Stored(int id, int employeeId, AbsenceType type, DateOnly first, DateOnly? last) =>
        new(id, employeeId, new PackedSpell(type, first, last, 100));
}
