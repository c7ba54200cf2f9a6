namespace AbsenceCases.Application.Tests.Security;

public sealed class UnitScopeTests
{
    [TestCase(1)]
    [TestCase(7)]
    [TestCase(int.MaxValue)]
    public void ShouldLetEverythingContainAnyUnit(int unitId)
    {
        Assert.That(UnitScope.Everything.Contains(unitId), Is.True);
    }

    [Test]
    public void ShouldDescribeEverythingWithoutAListOfUnits()
    {
        Assert.That(UnitScope.Everything.IsEverything, Is.True);
        Assert.That(UnitScope.Everything.UnitIds, Is.Empty);
    }

    [Test]
    public void ShouldContainOnlyTheGivenUnits()
    {
        var scope = UnitScope.Of([3, 7, 12]);

        Assert.Multiple(() =>
        {
            Assert.That(scope.IsEverything, Is.False);
            Assert.That(scope.Contains(3), Is.True);
            Assert.That(scope.Contains(7), Is.True);
            Assert.That(scope.Contains(12), Is.True);
            Assert.That(scope.Contains(4), Is.False);
            Assert.That(scope.Contains(1), Is.False);
            Assert.That(scope.UnitIds, Is.EquivalentTo(new[] { 3, 7, 12 }));
        });
    }

    [Test]
    public void ShouldContainEachUnitOnce()
    {
        Assert.That(UnitScope.Of([7, 7, 3]).UnitIds, Is.EquivalentTo(new[] { 3, 7 }));
    }

    [Test]
    public void ShouldContainNothingWhenNoUnitsAreGiven()
    {
        var scope = UnitScope.Of([]);

        Assert.That(scope.IsEverything, Is.False);
        Assert.That(scope.Contains(7), Is.False);
    }
}
