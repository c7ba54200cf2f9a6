namespace AbsenceCases.Domain.Tests.Support;

/// <summary>Runs an action that the workflow or a rule of the domain must refuse and hands back the refusal.</summary>
internal static class Refusal
{
    public static InvalidTransitionException Of(TestDelegate action) =>
        Assert.Throws<InvalidTransitionException>(action)
        ?? throw new AssertionException("Expected an InvalidTransitionException.");

    public static MessageCode ByRule(TestDelegate action) =>
        (Assert.Throws<DomainException>(action) ?? throw new AssertionException("Expected a DomainException.")).Refusal;
}
