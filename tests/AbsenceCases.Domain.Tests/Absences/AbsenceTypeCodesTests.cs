namespace AbsenceCases.Domain.Tests.Absences;

public class AbsenceTypeCodesTests
{
    [TestCase(AbsenceType.OwnIllness, "own_illness")]
    [TestCase(AbsenceType.ChildIllness, "child_illness")]
    [TestCase(AbsenceType.WorkInjury, "work_injury")]
    public void ShouldRoundTripEveryTypeThroughItsCode(AbsenceType type, string code)
    {
        Assert.Multiple(() =>
        {
            Assert.That(type.ToCode(), Is.EqualTo(code));
            Assert.That(AbsenceTypeCodes.Parse(code), Is.EqualTo(type));
            Assert.That(AbsenceTypeCodes.TryParse(code, out var parsed), Is.True);
            Assert.That(parsed, Is.EqualTo(type));
        });
    }

    [Test]
    public void ShouldHaveACodeForEveryType()
    {
        Assert.That(
            Enum.GetValues<AbsenceType>().Select(t => t.ToCode()),
            Is.EquivalentTo(new[] { "own_illness", "child_illness", "work_injury" }));
        Assert.That(AbsenceTypeCodes.All, Is.EquivalentTo(new[] { "own_illness", "child_illness", "work_injury" }));
    }

    [TestCase(" own_illness ")]
    [TestCase("OWN_ILLNESS")]
    public void ShouldReadACodeWrittenWithSpacesOrCapitals(string code)
    {
        Assert.That(AbsenceTypeCodes.Parse(code), Is.EqualTo(AbsenceType.OwnIllness));
    }

    [TestCase("sick")]
    [TestCase("own illness")]
    [TestCase("OwnIllness")]
    [TestCase("0")]
    [TestCase("")]
    [TestCase(null)]
    public void ShouldRejectAnUnknownCode(string? code)
    {
        Assert.That(AbsenceTypeCodes.TryParse(code, out _), Is.False);
    }

    [Test]
    public void ShouldNameTheUnknownCodeWhenParsingFails()
    {
        var exception = Assert.Throws<FormatException>(() => AbsenceTypeCodes.Parse("sick"));

        Assert.That(exception?.Message, Does.Contain("'sick'"));
    }

    [TestCase(AbsenceType.OwnIllness, true)]
    [TestCase(AbsenceType.WorkInjury, true)]
    [TestCase(AbsenceType.ChildIllness, false)]
    public void ShouldCountOwnIllnessAndWorkInjuryAsSickness(AbsenceType type, bool isSickness)
    {
        Assert.That(type.IsSickness(), Is.EqualTo(isSickness));
    }
}
