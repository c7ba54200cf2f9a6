namespace AbsenceCases.Domain.Tests.Cases;

/// <summary>Every kind of deadline names the rule behind it by a code of its own.</summary>
public sealed class DeadlineCodesTests
{
    [Test]
    public void ShouldGiveEveryKindOfDeadlineABasisOfItsOwn()
    {
        var bases = Enum.GetValues<DeadlineKind>().Select(DeadlineCodes.BasisOf).ToList();

        Assert.That(bases, Is.Unique.And.All.StartWith("deadline.").And.All.EndWith("Basis"));
    }
}
