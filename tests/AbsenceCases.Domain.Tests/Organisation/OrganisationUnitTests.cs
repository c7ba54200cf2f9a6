namespace AbsenceCases.Domain.Tests.Organisation;

public class OrganisationUnitTests
{
    private static readonly OrganisationUnit Municipality = new("BK", "Brønderslev Kommune", UnitKind.Municipality, null, false);
    private static readonly OrganisationUnit Schools = new("SKOLE", "Skoleområdet", UnitKind.Area, Municipality, false);
    private static readonly OrganisationUnit School = new("S01", "Skole 1", UnitKind.Workplace, Schools, true);
    private static readonly OrganisationUnit ShortCodeSchool = new("S0", "Skole 0", UnitKind.Workplace, Schools, false);
    private static readonly OrganisationUnit Team = new("S01T1", "Indskoling", UnitKind.Team, School, false);

    [Test]
    public void ShouldHoldTheCodesFromTheRootDownInThePath()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Municipality.Path, Is.EqualTo("/BK/"));
            Assert.That(Schools.Path, Is.EqualTo("/BK/SKOLE/"));
            Assert.That(School.Path, Is.EqualTo("/BK/SKOLE/S01/"));
            Assert.That(Team.Path, Is.EqualTo("/BK/SKOLE/S01/S01T1/"));
        });
    }

    [Test]
    public void ShouldBeWithinItselfAndEveryAncestor()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Team.IsWithin(Team), Is.True);
            Assert.That(Team.IsWithin(School), Is.True);
            Assert.That(Team.IsWithin(Schools), Is.True);
            Assert.That(Team.IsWithin(Municipality), Is.True);
        });
    }

    [Test]
    public void ShouldNotBeWithinADescendantOrASibling()
    {
        Assert.Multiple(() =>
        {
            Assert.That(School.IsWithin(Team), Is.False);
            Assert.That(Municipality.IsWithin(Schools), Is.False);
            Assert.That(School.IsWithin(ShortCodeSchool), Is.False);
            Assert.That(Team.IsWithin(ShortCodeSchool), Is.False);
        });
    }

    [Test]
    public void ShouldMoveTheUnitUnderItsNewParent()
    {
        var municipality = new OrganisationUnit("BK", "Brønderslev Kommune", UnitKind.Municipality, null, false);
        var schools = new OrganisationUnit("SKOLE", "Skoleområdet", UnitKind.Area, municipality, false);
        var daycare = new OrganisationUnit("DAG", "Dagtilbud", UnitKind.Area, municipality, false);
        var unit = new OrganisationUnit("S01", "Skole 1", UnitKind.Workplace, schools, false);

        unit.Update("Skole og SFO 1", UnitKind.Workplace, daycare, true);

        Assert.Multiple(() =>
        {
            Assert.That(unit.Path, Is.EqualTo("/BK/DAG/S01/"));
            Assert.That(unit.Parent, Is.SameAs(daycare));
            Assert.That(unit.Name, Is.EqualTo("Skole og SFO 1"));
            Assert.That(unit.IsPilot, Is.True);
            Assert.That(unit.IsWithin(daycare), Is.True);
            Assert.That(unit.IsWithin(schools), Is.False);
            Assert.That(unit.Matches("Skole og SFO 1", UnitKind.Workplace, "DAG", true), Is.True);
            Assert.That(unit.Matches("Skole og SFO 1", UnitKind.Workplace, "SKOLE", true), Is.False);
        });
    }

    [Test]
    public void ShouldMatchARootByItsMissingParentCode()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Municipality.Matches("Brønderslev Kommune", UnitKind.Municipality, null, false), Is.True);
            Assert.That(Municipality.Matches("Brønderslev Kommune", UnitKind.Municipality, "BK", false), Is.False);
        });
    }
}
