using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Imports.Units;
using AbsenceCases.Domain.Organisation;

namespace AbsenceCases.Application.Tests.Imports;

public sealed class UnitImportRulesTests
{
    private readonly ImportErrors _errors = new();

    private UnitImportRules Rules => new(_errors);

    [TestCase("BK-01_a")]
    [TestCase("7")]
    public void ShouldTakeACodeOfLettersDigitsDashesAndUnderscores(string code)
    {
        Assert.That(Rules.Code(2, code), Is.EqualTo(code));
        Assert.That(ImportErrorsOf.List(_errors), Is.Empty);
    }

    [TestCase("BAD CODE")]
    [TestCase("Ø1")]
    [TestCase("A;B")]
    public void ShouldRefuseACodeWithOtherCharacters(string code)
    {
        Assert.That(Rules.Code(2, code), Is.Null);
        Assert.That(ImportErrorsOf.List(_errors), Is.EqualTo(new[] { (2, "unit_code", ImportCodes.UnitCodeCharacters) }));
    }

    [Test]
    public void ShouldRefuseACodeAnEarlierLineHasWhateverItsCase()
    {
        var rules = Rules;
        rules.Code(2, "S01");

        Assert.That(rules.Code(5, "s01"), Is.Null);
        var reason = ImportErrorsOf.Rejected(_errors).Single().Reason;
        Assert.That((reason.Code, reason.Args["line"]), Is.EqualTo((ImportCodes.CodeTwice, (object)2)));
    }

    [Test]
    public void ShouldLeaveAMissingCodeToTheReader()
    {
        Assert.That(Rules.Code(2, null), Is.Null);
        Assert.That(ImportErrorsOf.List(_errors), Is.Empty);
    }

    [Test]
    public void ShouldAcceptAParentOfAHigherKindStoredOrInTheFile()
    {
        UnitRow[] rows = [Row(2, "A1", UnitKind.Area, "BK"), Row(3, "W1", UnitKind.Workplace, "A1"), Row(4, "T1", UnitKind.Team, "BK")];

        Rules.CheckParents(rows, [Stored("BK", UnitKind.Municipality)]);

        Assert.That(ImportErrorsOf.List(_errors), Is.Empty);
    }

    [Test]
    public void ShouldRefuseAParentThatIsNotOfAHigherKind()
    {
        UnitRow[] rows = [Row(2, "A2", UnitKind.Area, "A1"), Row(3, "W1", UnitKind.Workplace, "T1")];

        Rules.CheckParents(rows, [Stored("A1", UnitKind.Area), Stored("T1", UnitKind.Team)]);

        Assert.That(ImportErrorsOf.List(_errors), Is.EqualTo(new[]
        {
            (2, "parent_code", ImportCodes.ParentKind), (3, "parent_code", ImportCodes.ParentKind),
        }));
    }

    [Test]
    public void ShouldJudgeTheParentByTheKindTheFileGivesIt()
    {
        UnitRow[] rows = [Row(2, "X", UnitKind.Team, "BK"), Row(3, "W1", UnitKind.Workplace, "X")];

        Rules.CheckParents(rows, [Stored("BK", UnitKind.Municipality), Stored("X", UnitKind.Area)]);

        Assert.That(ImportErrorsOf.List(_errors), Is.EqualTo(new[] { (3, "parent_code", ImportCodes.ParentKind) }));
    }

    [Test]
    public void ShouldRefuseAnUnknownParentAndAMissingOneBelowTheMunicipality()
    {
        UnitRow[] rows = [Row(2, "BK", UnitKind.Municipality, null), Row(3, "A1", UnitKind.Area, "NOPE"), Row(4, "A2", UnitKind.Area, null)];

        Rules.CheckParents(rows, []);

        Assert.That(ImportErrorsOf.List(_errors), Is.EqualTo(new[]
        {
            (3, "parent_code", ImportCodes.UnknownUnit), (4, "parent_code", ImportCodes.ParentRequired),
        }));
    }

    [Test]
    public void ShouldAddNewUnitsUpdateChangedOnesAndCountTheUnchanged()
    {
        var municipality = new OrganisationUnit("BK", "Enhed BK", UnitKind.Municipality, null, false);
        var area = new OrganisationUnit("A1", "Område", UnitKind.Area, municipality, false);
        var units = new Dictionary<string, OrganisationUnit>(StringComparer.OrdinalIgnoreCase) { ["BK"] = municipality, ["A1"] = area };
        var added = new List<OrganisationUnit>();
        UnitRow[] rows =
        [
            Row(2, "W1", UnitKind.Workplace, "A2"), Row(3, "A2", UnitKind.Area, "BK"), Row(4, "BK", UnitKind.Municipality, null),
            new(5, "A1", "Nyt navn", UnitKind.Area, "BK", true),
        ];

        var result = UnitImportRules.Apply(rows, units, added.Add);

        Assert.That(result, Is.EqualTo(new ImportResult(Imported: 2, Updated: 1, Unchanged: 1)));
        Assert.That(added.Select(u => u.Path), Is.EqualTo(new[] { "/BK/A2/", "/BK/A2/W1/" }));
        Assert.That((area.Name, area.IsPilot), Is.EqualTo(("Nyt navn", true)));
    }

    private static UnitRow Row(int line, string code, UnitKind kind, string? parent) => new(line, code, "Enhed " + code, kind, parent, false);

    private static OrganisationUnit Stored(string code, UnitKind kind) => new(code, "Enhed " + code, kind, null, false);
}
