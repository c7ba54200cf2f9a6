using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Common.Behaviours;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Workflow;
using AbsenceCases.Domain.Cases;

namespace AbsenceCases.Application.Tests.Behaviours;

/// <summary>
/// Authentication and roles, for requests that need no data to judge. Strict mocks of the database and the
/// scope provider prove that nothing is looked up; scope checks against data are covered by the functional tests.
/// </summary>
public sealed class AuthorizationBehaviourTests
{
    private static readonly ImportResult Imported = new(Imported: 3, Updated: 0, Unchanged: 0);
    private static readonly WorkflowDescription Workflow = new(["Reported"], [], []);

    private readonly Mock<IUserScopeProvider> _scopes = new(MockBehavior.Strict);
    private readonly Mock<IApplicationDbContext> _db = new(MockBehavior.Strict);

    [Test]
    public void ShouldRefuseACallerWhoIsNotSignedIn()
    {
        var next = NextStep<WorkflowDescription>.Answering(Workflow);

        Assert.ThrowsAsync<UnauthenticatedException>(
            () => Behaviour<GetWorkflow, WorkflowDescription>(Users.Anonymous()).Handle(new GetWorkflow(), CancellationToken.None, next.Delegate));
        Assert.That(next.Calls, Is.Zero);
    }

    [Test]
    public void ShouldAskForSignInBeforeJudgingRoles()
    {
        var next = NextStep<ImportResult>.Answering(Imported);

        Assert.ThrowsAsync<UnauthenticatedException>(
            () => Behaviour<ImportUnits, ImportResult>(Users.Anonymous()).Handle(new ImportUnits(Stream.Null), CancellationToken.None, next.Delegate));
        Assert.That(next.Calls, Is.Zero);
    }

    [Test]
    public async Task ShouldLetAnySignedInCallerReadTheWorkflow()
    {
        var next = NextStep<WorkflowDescription>.Answering(Workflow);

        var response = await Behaviour<GetWorkflow, WorkflowDescription>(Users.Manager())
            .Handle(new GetWorkflow(), CancellationToken.None, next.Delegate);

        Assert.That(response, Is.SameAs(Workflow));
        Assert.That(next.Calls, Is.EqualTo(1));
    }

    [Test]
    public void ShouldRefuseAManagerAnImport()
    {
        var next = NextStep<ImportResult>.Answering(Imported);

        var exception = Assert.ThrowsAsync<ForbiddenAccessException>(
            () => Behaviour<ImportUnits, ImportResult>(Users.Manager()).Handle(new ImportUnits(Stream.Null), CancellationToken.None, next.Delegate));

        Assert.That(exception!.Refusal.ToString(), Is.EqualTo("access.roleRequired(roles: [HR])"));
        Assert.That(next.Calls, Is.Zero);
    }

    [Test]
    public void ShouldRefuseACoordinatorAnImport()
    {
        var next = NextStep<ImportResult>.Answering(Imported);

        Assert.ThrowsAsync<ForbiddenAccessException>(() => Behaviour<ImportEmployees, ImportResult>(Users.Coordinator())
            .Handle(new ImportEmployees(Stream.Null), CancellationToken.None, next.Delegate));
        Assert.That(next.Calls, Is.Zero);
    }

    [Test]
    public async Task ShouldLetHrImport()
    {
        var next = NextStep<ImportResult>.Answering(Imported);

        var response = await Behaviour<ImportUnits, ImportResult>(Users.Hr())
            .Handle(new ImportUnits(Stream.Null), CancellationToken.None, next.Delegate);

        Assert.That(response, Is.SameAs(Imported));
        Assert.That(next.Calls, Is.EqualTo(1));
    }

    [Test]
    public void ShouldRefuseAnAdminAnImport()
    {
        var next = NextStep<ImportResult>.Answering(Imported);

        Assert.ThrowsAsync<ForbiddenAccessException>(() => Behaviour<ImportAbsences, ImportResult>(Users.Admin())
            .Handle(new ImportAbsences(Stream.Null), CancellationToken.None, next.Delegate));
        Assert.That(next.Calls, Is.Zero);
    }

    [Test]
    public void ShouldRefuseAnAdminACaseWithoutLookingItUp()
    {
        var next = NextStep<CaseDetails>.Answering(null!);

        Assert.ThrowsAsync<ForbiddenAccessException>(() => Behaviour<GetCase, CaseDetails>(Users.Admin())
            .Handle(new GetCase(Guid.NewGuid()), CancellationToken.None, next.Delegate));
        Assert.That(next.Calls, Is.Zero);
    }

    [Test]
    public void ShouldRefuseARequestThatDeclaresNoRole()
    {
        var next = NextStep<int>.Answering(1);

        var exception = Assert.ThrowsAsync<ForbiddenAccessException>(
            () => Behaviour<Undeclared, int>(Users.Hr()).Handle(new Undeclared(), CancellationToken.None, next.Delegate));

        Assert.That(exception!.Refusal.Code, Is.EqualTo(RefusalCodes.Access.NoRole));
        Assert.That(next.Calls, Is.Zero);
    }

    [Test]
    public async Task ShouldLetACallerWithOneOfSeveralRolesImport()
    {
        var next = NextStep<ImportResult>.Answering(Imported);
        var managerAndHr = Users.SignedIn("user-both", "Birte Begge", Roles.Manager, Roles.Hr);

        await Behaviour<ImportUnits, ImportResult>(managerAndHr).Handle(new ImportUnits(Stream.Null), CancellationToken.None, next.Delegate);

        Assert.That(next.Calls, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldNotLookUpTheScopeForAListWithoutAUnitFilter()
    {
        var list = new CaseList([], 0);
        var next = NextStep<CaseList>.Answering(list);

        var response = await Behaviour<ListCases, CaseList>(Users.Manager())
            .Handle(new ListCases(Status: null, UnitId: null), CancellationToken.None, next.Delegate);

        Assert.That(response, Is.SameAs(list));
        Assert.That(next.Calls, Is.EqualTo(1));
    }

    private AuthorizationBehaviour<TRequest, TResponse> Behaviour<TRequest, TResponse>(ICurrentUser user) =>
        new(user, _scopes.Object, _db.Object);

    private sealed record Undeclared : IRequest<int>;
}
