using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Common.Exceptions;
using AbsenceCases.Application.Common.Security;
using AbsenceCases.Application.Coordination;
using AbsenceCases.Application.Notifications;
using AbsenceCases.Application.Organisation;
using AbsenceCases.Domain.Notifications;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Queries;

/// <summary>The small read-only queries the web UI needed beside the API's: the unread count, units in scope, member candidates, case names.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class UiQueryTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldCountOnlyTheCallersUnreadNotifications()
    {
        await World.InDatabase(async db =>
        {
            var now = AbsenceCasesFactory.DefaultNow;
            db.Notifications.AddRange(
                Notification.Agenda(World.ManagerAId, World.GroupA, 1, Today, "agenda:1", now),
                Notification.Agenda(World.ManagerAId, World.GroupA, 2, Today, "agenda:2", now),
                Notification.Agenda(World.ManagerAId, World.GroupA, 3, Today, "agenda:3", now),
                Notification.Agenda(World.ManagerBId, World.GroupA, 4, Today, "agenda:4", now));
            return await db.SaveChangesAsync();
        });
        var first = (await Factory.SendAs(World.ManagerAId, Roles.Manager, new ListNotifications(Unread: true)))[0];
        await Factory.SendAs(World.ManagerAId, Roles.Manager, new MarkNotificationRead(first.Id));

        var count = await Factory.SendAs(World.ManagerAId, Roles.Manager, new CountUnreadNotifications());

        Assert.That(count, Is.EqualTo(2), "three of manager A's, one read; manager B's is not counted");
    }

    [Test]
    public async Task ShouldListTheUnitsInTheCallersScopeInTreeOrder()
    {
        var manager = await Factory.SendAs(World.ManagerAId, Roles.Manager, new ListUnitsInScope());
        var coordinator = await Factory.SendAs(World.CoordinatorId, Roles.Coordinator, new ListUnitsInScope());
        var hr = await Factory.SendAs("someone-in-hr", Roles.Hr, new ListUnitsInScope());

        Assert.That(manager.Select(u => u.Code), Is.EqualTo(new[] { "A", "A1" }));
        Assert.That(coordinator.Select(u => u.Code), Is.EqualTo(new[] { "A", "A1" }), "group A covers workplace A");
        Assert.That(hr.Select(u => u.Code), Is.EqualTo(new[] { "TEST", "DAG", "A", "A1", "B" }));
    }

    [Test]
    public async Task ShouldListEveryUserWithARoleAsMemberCandidatesForHrOnly()
    {
        var candidates = await Factory.SendAs("someone-in-hr", Roles.Hr, new ListMemberCandidates());

        Assert.That(candidates.Select(c => c.Name), Is.EqualTo(new[] { "Admin", "HR", "Koordinator", "Leder A", "Leder B" }));
        Assert.That(candidates.Single(c => c.Name == "Leder A").Id, Is.EqualTo(World.ManagerAId));
        Assert.ThrowsAsync<ForbiddenAccessException>(() => Factory.SendAs(World.CoordinatorId, Roles.Coordinator, new ListMemberCandidates()));
    }

    [Test]
    public async Task ShouldNameTheEmployeesOfTheCasesInScopeAndLeaveTheOthersOut()
    {
        var caseOfA = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);
        var caseOfB = await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today);

        var named = await Factory.SendAs(World.ManagerAId, Roles.Manager, new ListCaseEmployees([caseOfA, caseOfB, Guid.NewGuid()]));

        Assert.That(named.Items, Is.EqualTo(new[] { new CaseEmployee(caseOfA, new EmployeeRef(World.EmployeeA, "1001", "Anna Andersen")) }));
    }

    [Test]
    public void ShouldRefuseTooManyCasesAtOnce()
    {
        var ids = Enumerable.Range(0, 501).Select(_ => Guid.NewGuid()).ToList();

        var refused = Assert.ThrowsAsync<RequestValidationException>(() => Factory.SendAs(World.ManagerAId, Roles.Manager, new ListCaseEmployees(ids)));

        Assert.That(refused!.Errors["caseIds"].Select(message => message.ToString()), Is.EqualTo(new[] { "field.tooMany(max: 500)" }));
    }
}
