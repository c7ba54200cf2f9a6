using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.SickCalls;

namespace AbsenceCases.Application.Tests.Security;

public sealed class AuthorizeAttributeTests
{
    private static IEnumerable<Type> Requests() => typeof(RequestPermissions).Assembly.GetTypes()
        .Where(type => type is { IsAbstract: false, IsInterface: false }
                       && type.GetInterfaces().Any(i => i == typeof(IBaseRequest)));

    [Test]
    public void ShouldFindTheRequestsOfTheApplication()
    {
        Assert.That(Requests(), Does.Contain(typeof(RegisterSickCall)).And.Contain(typeof(RecordCareContact)).And.Contain(typeof(ImportUnits)));
    }

    [TestCaseSource(nameof(Requests))]
    public void ShouldDeclareWhoMaySendEveryRequest(Type request)
    {
        Assert.That(RequestPermissions.Of(request), Is.Not.Null, $"{request.Name} has no [Authorize(...)] or [AnySignedInUser].");
    }

    [Test]
    public void ShouldRefuseEveryRoleARequestWithoutADeclaration()
    {
        Assert.That(RequestPermissions.Allows(typeof(Undeclared), _ => true), Is.False);
    }

    [TestCase(typeof(ImportUnits))]
    [TestCase(typeof(ImportEmployees))]
    [TestCase(typeof(ImportAbsences))]
    public void ShouldLetOnlyHrImport(Type import)
    {
        Assert.That((RequestPermissions.Of(import) as AuthorizeAttribute)?.Roles, Is.EqualTo(new[] { Roles.Hr }));
    }

    [Test]
    public void ShouldFireEveryTriggerFromOneCaseCommand()
    {
        Assert.That(CaseActionPermissions.Commands.Keys, Is.EquivalentTo(Enum.GetValues<CaseTrigger>()));
        Assert.That(CaseActionPermissions.Commands.Values, Is.All.Matches<Type>(type => type.IsSubclassOf(typeof(CaseCommand))));
    }

    [Test]
    public void ShouldOfferAManagerTheManagersActionsOnly()
    {
        var offered = new[] { CaseTrigger.RecordCareContact, CaseTrigger.StartCoordination, CaseTrigger.AgreePreventionPlan, CaseTrigger.Close }
            .PermittedFor(role => role == Roles.Manager);

        Assert.That(offered, Is.EqualTo(new[] { CaseTrigger.RecordCareContact, CaseTrigger.AgreePreventionPlan, CaseTrigger.Close }));
    }

    [Test]
    public void ShouldOfferACoordinatorCoordinationAndThePlanOnly()
    {
        var offered = Enum.GetValues<CaseTrigger>().PermittedFor(role => role == Roles.Coordinator);

        Assert.That(offered, Is.EquivalentTo(new[] { CaseTrigger.StartCoordination, CaseTrigger.AgreePreventionPlan }));
    }

    [Test]
    public void ShouldOfferAnAdminNoAction()
    {
        Assert.That(Enum.GetValues<CaseTrigger>().PermittedFor(role => role == Roles.Admin), Is.Empty);
    }

    [Test]
    public void ShouldKnowTheFiveRolesOfTheRoleTable()
    {
        Assert.That(Roles.All, Is.EqualTo(new[] { "Manager", "Coordinator", "HR", "Admin", "Employee" }));
    }

    [Test]
    public void ShouldOfferAnEmployeeNoActionOnACase()
    {
        Assert.That(Enum.GetValues<CaseTrigger>().PermittedFor(role => role == Roles.Employee), Is.Empty);
    }

    private sealed record Undeclared : IRequest<int>;
}
