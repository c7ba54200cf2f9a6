using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Common.Behaviours;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.SickCalls;
using AbsenceCases.Application.Workflow;
using AbsenceCases.Domain.Auditing;
using AbsenceCases.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Application.Tests.Behaviours;

public sealed class AuditBehaviourTests
{
    private static readonly Guid CaseId = Guid.Parse("0195a0c4-7e00-7000-8000-000000000001");

    private readonly List<AuditEntry> _written = [];
    private readonly List<string> _steps = [];
    private Mock<IApplicationDbContext> _db = null!;

    [SetUp]
    public void CreateDatabase()
    {
        var auditEntries = new Mock<DbSet<AuditEntry>>();
        auditEntries.Setup(s => s.Add(It.IsAny<AuditEntry>())).Callback((AuditEntry entry) => _written.Add(entry));
        _db = new Mock<IApplicationDbContext>();
        _db.SetupGet(d => d.AuditEntries).Returns(auditEntries.Object);
        _db.Setup(d => d.SaveChangesAsync(It.IsAny<CancellationToken>())).Callback(() => _steps.Add("save")).ReturnsAsync(1);
        _db.Setup(d => d.DiscardChanges()).Callback(() => _steps.Add("discard"));
        var held = new Mock<IHeldChanges>();
        held.Setup(h => h.CommitAsync(It.IsAny<CancellationToken>())).Callback(() => _steps.Add("commit")).Returns(Task.CompletedTask);
        held.Setup(h => h.DisposeAsync()).Callback(() => _steps.Add("release")).Returns(ValueTask.CompletedTask);
        _db.Setup(d => d.HoldChanges()).Callback(() => _steps.Add("hold")).Returns(held.Object);
    }

    [Test]
    public async Task ShouldNotAuditARequestWithoutPersonnelData()
    {
        var next = NextStep<WorkflowDescription>.Answering(new WorkflowDescription([], [], []));

        await Behaviour<GetWorkflow, WorkflowDescription>(Users.Manager()).Handle(new GetWorkflow(), CancellationToken.None, next.Delegate);

        Assert.That(next.Calls, Is.EqualTo(1));
        Assert.That(_written, Is.Empty);
        _db.Verify(d => d.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task ShouldAuditAnAllowedRequestWithWhoAndWhen()
    {
        var next = NextStep<ImportResult>.Answering(new ImportResult(3, 1, 0));

        await Behaviour<ImportUnits, ImportResult>(Users.Hr()).Handle(new ImportUnits(Stream.Null), CancellationToken.None, next.Delegate);

        Assert.That(_written, Has.Count.EqualTo(1));
        var entry = _written[0];
        Assert.Multiple(() =>
        {
            Assert.That(entry.At, Is.EqualTo(new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero)));
            Assert.That(entry.UserId, Is.EqualTo(Users.HrId));
            Assert.That(entry.UserName, Is.EqualTo("Hanne HR"));
            Assert.That(entry.Action, Is.EqualTo("ImportUnits"));
            Assert.That(entry.CaseId, Is.Null);
            Assert.That(entry.EmployeeId, Is.Null);
            Assert.That(entry.Allowed, Is.True);
        });
        _db.Verify(d => d.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task ShouldAuditTheCaseARequestIsAbout()
    {
        var next = NextStep<CaseActionResult>.Answering(new CaseActionResult(CaseId, 2, CaseStatus.Reported, []));

        await Behaviour<RecordCareContact, CaseActionResult>(Users.Manager())
            .Handle(new RecordCareContact(Clocks.Today, null) { CaseId = CaseId }, CancellationToken.None, next.Delegate);

        Assert.That(_written.Select(e => (e.Action, e.CaseId, e.Allowed)), Is.EqualTo(new[] { ("RecordCareContact", (Guid?)CaseId, true) }));
    }

    [Test]
    public async Task ShouldAuditTheCaseASickCallOpenedAndTheEmployee()
    {
        var next = NextStep<SickCallRegistered>.Answering(new SickCallRegistered(CaseId, AddedToOpenCase: false));
        var command = new RegisterSickCall(42, null, Clocks.Today, AbsenceType.OwnIllness, null, null, null);

        await Behaviour<RegisterSickCall, SickCallRegistered>(Users.Manager()).Handle(command, CancellationToken.None, next.Delegate);

        Assert.That(_written.Select(e => (e.Action, e.CaseId, e.EmployeeId, e.UserId)),
            Is.EqualTo(new[] { ("RegisterSickCall", (Guid?)CaseId, (int?)42, Users.ManagerId) }));
    }

    [Test]
    public async Task ShouldCommitTheRequestsChangesOnlyWithItsAuditRow()
    {
        var next = NextStep<CaseActionResult>.Answering(new CaseActionResult(CaseId, 2, CaseStatus.Reported, []));

        await Behaviour<RecordCareContact, CaseActionResult>(Users.Manager())
            .Handle(new RecordCareContact(Clocks.Today, null) { CaseId = CaseId }, CancellationToken.None, next.Delegate);

        Assert.That(_steps, Is.EqualTo(new[] { "hold", "save", "commit", "release" }));
    }

    [Test]
    public async Task ShouldNameTheCasesAndEmployeesAListReturnedInOneRow()
    {
        var other = Guid.Parse("0195a0c4-7e00-7000-8000-000000000002");
        var next = NextStep<CaseList>.Answering(new CaseList(
            [Summary(CaseId, employeeId: 7), Summary(other, employeeId: 9)], Total: 2));

        await Behaviour<ListCases, CaseList>(Users.Hr()).Handle(new ListCases(null, null), CancellationToken.None, next.Delegate);

        var entry = _written.Single();
        Assert.That(entry.CaseId, Is.Null);
        Assert.That(entry.Subjects.Select(s => (s.CaseId, s.EmployeeId)), Is.EquivalentTo(new (Guid?, int?)[]
        {
            (CaseId, null), (other, null), (null, 7), (null, 9),
        }));
    }

    [Test]
    public void ShouldRollBackARefusedRequestBeforeAuditingTheRefusal()
    {
        var next = NextStep<CaseActionResult>.Throwing(new ForbiddenAccessException(RefusalCodes.Access.CaseOutsideScope));

        Assert.ThrowsAsync<ForbiddenAccessException>(() => Behaviour<RecordCareContact, CaseActionResult>(Users.Manager())
            .Handle(new RecordCareContact(Clocks.Today, null) { CaseId = CaseId }, CancellationToken.None, next.Delegate));

        Assert.That(_steps, Is.EqualTo(new[] { "hold", "release", "discard", "save" }));
    }

    [Test]
    public void ShouldAuditARefusedAttemptAndRefuseIt()
    {
        var refusal = new ForbiddenAccessException(RefusalCodes.Access.CaseOutsideScope);
        var next = NextStep<CaseActionResult>.Throwing(refusal);

        var thrown = Assert.ThrowsAsync<ForbiddenAccessException>(() => Behaviour<RecordCareContact, CaseActionResult>(Users.Manager())
            .Handle(new RecordCareContact(Clocks.Today, null) { CaseId = CaseId }, CancellationToken.None, next.Delegate));

        Assert.That(thrown, Is.SameAs(refusal));
        Assert.That(_written.Select(e => (e.Action, e.CaseId, e.UserId, e.Allowed)),
            Is.EqualTo(new[] { ("RecordCareContact", (Guid?)CaseId, Users.ManagerId, false) }));
        _db.Verify(d => d.SaveChangesAsync(CancellationToken.None), Times.Once);
    }

    [Test]
    public void ShouldWriteTheRefusalEvenWhenTheCallerHasGivenUp()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var next = NextStep<ImportResult>.Throwing(new ForbiddenAccessException(RefusalCodes.Access.RoleRequired, ("roles", new[] { "HR", "Admin" })));

        Assert.ThrowsAsync<ForbiddenAccessException>(() => Behaviour<ImportUnits, ImportResult>(Users.Manager())
            .Handle(new ImportUnits(Stream.Null), cancelled.Token, next.Delegate));

        _db.Verify(d => d.SaveChangesAsync(CancellationToken.None), Times.Once);
        Assert.That(_written.Single().Allowed, Is.False);
    }

    [Test]
    public void ShouldNotAuditARequestThatFailedForOtherReasons()
    {
        var next = NextStep<CaseActionResult>.Throwing(new NotFoundException(RefusalCodes.NotFound.Case, CaseId));

        Assert.ThrowsAsync<NotFoundException>(() => Behaviour<RecordCareContact, CaseActionResult>(Users.Manager())
            .Handle(new RecordCareContact(Clocks.Today, null) { CaseId = CaseId }, CancellationToken.None, next.Delegate));

        Assert.That(_written, Is.Empty);
        Assert.That(_steps, Is.EqualTo(new[] { "hold", "release" }), "rolled back, nothing saved");
    }

    private static CaseSummary Summary(Guid caseId, int employeeId) =>
        new(caseId, new EmployeeRef(employeeId, $"{employeeId}", "Ansat"), 1, CaseStatus.Reported, CaseKind.SickCall, Clocks.Today, 1, null);

    private AuditBehaviour<TRequest, TResponse> Behaviour<TRequest, TResponse>(ICurrentUser user) =>
        new(_db.Object, user, Clocks.OnMondayMorning());
}
