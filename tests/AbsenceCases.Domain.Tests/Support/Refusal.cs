namespace AbsenceCases.Domain.Tests.Support;

/// <summary>Runs an action that the workflow must refuse and hands back the refusal.</summary>
internal static class Refusal
{
    public static InvalidTransitionException Of(TestDelegate action) =>
        Assert.Throws<InvalidTransitionException>(action)
        ?? throw new AssertionException("Expected an InvalidTransitionException.");
}
