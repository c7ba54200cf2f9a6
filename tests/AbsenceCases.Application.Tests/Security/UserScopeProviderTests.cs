using AbsenceCases.Domain.Employees;

namespace AbsenceCases.Application.Tests.Security;

/// <summary>
/// The scopes that need no data: HR and Admin see everything, a caller in no scoped role sees nothing.
/// A strict database mock proves nothing is looked up; managers' and coordinators' units are covered by
/// the functional tests against a real database.
/// </summary>
public sealed class UserScopeProviderTests
{
    private readonly Mock<IApplicationDbContext> _db = new(MockBehavior.Strict);

    [Test]
    public async Task ShouldGiveHrEverything()
    {
        var scope = await Provider(Users.Hr()).GetScopeAsync(CancellationToken.None);

        Assert.That(scope.IsEverything, Is.True);
    }

    [Test]
    public async Task ShouldGiveAnAdminEverything()
    {
        var scope = await Provider(Users.Admin()).GetScopeAsync(CancellationToken.None);

        Assert.That(scope.IsEverything, Is.True);
    }

    [Test]
    public async Task ShouldGiveAManagerWhoIsAlsoHrEverything()
    {
        var user = Users.SignedIn("user-both", "Birte Begge", Roles.Manager, Roles.Hr);

        var scope = await Provider(user).GetScopeAsync(CancellationToken.None);

        Assert.That(scope.IsEverything, Is.True);
    }

    [Test]
    public async Task ShouldGiveACallerWithoutAScopedRoleNothing()
    {
        var user = Users.SignedIn("user-none", "Uden Rolle");

        var scope = await Provider(user).GetScopeAsync(CancellationToken.None);

        Assert.That(scope.IsEverything, Is.False);
        Assert.That(scope.Contains(7), Is.False);
    }

    [Test]
    public async Task ShouldWorkOutTheScopeOncePerRequest()
    {
        var user = new Mock<ICurrentUser>();
        user.SetupGet(u => u.Id).Returns(Users.HrId);
        user.Setup(u => u.IsInRole(Roles.Hr)).Returns(true);
        var provider = Provider(user.Object);

        var first = await provider.GetScopeAsync(CancellationToken.None);
        var second = await provider.GetScopeAsync(CancellationToken.None);

        Assert.That(second, Is.SameAs(first));
        user.Verify(u => u.IsInRole(Roles.Hr), Times.Once);
    }

    [Test]
    public async Task ShouldLetHrSeeEveryEmployeeWithoutAFilter()
    {
        var employees = Array.Empty<Employee>().AsQueryable();

        var scope = await Provider(Users.Hr()).GetEmployeeScopeAsync(CancellationToken.None);

        Assert.That(scope.Filter(employees), Is.SameAs(employees));
    }

    private UserScopeProvider Provider(ICurrentUser user) =>
        new(_db.Object, user, Clocks.At(new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero)), new PolicySettings());
}
