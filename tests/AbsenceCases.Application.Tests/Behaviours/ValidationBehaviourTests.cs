using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Common.Behaviours;
using AbsenceCases.Application.SickCalls;
using AbsenceCases.Application.Workflow;
using AbsenceCases.Domain.Cases;
using FluentValidation;

namespace AbsenceCases.Application.Tests.Behaviours;

public sealed class ValidationBehaviourTests
{
    private static readonly CaseActionResult Acted = new(Guid.Empty, 2, CaseStatus.Reported, [CaseTrigger.Close]);

    private readonly MunicipalClock _clock = Clocks.OnMondayMorning();

    [Test]
    public async Task ShouldLetAValidRequestThrough()
    {
        var next = NextStep<CaseActionResult>.Answering(Acted);
        var behaviour = Behaviour(new RecordCareContactValidator(_clock));

        var response = await behaviour.Handle(new RecordCareContact(Clocks.Today, null), CancellationToken.None, next.Delegate);

        Assert.That(response, Is.SameAs(Acted));
        Assert.That(next.Calls, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldLetARequestWithoutValidatorsThrough()
    {
        var workflow = new WorkflowDescription([], [], []);
        var next = NextStep<WorkflowDescription>.Answering(workflow);
        var behaviour = new ValidationBehaviour<GetWorkflow, WorkflowDescription>([]);

        var response = await behaviour.Handle(new GetWorkflow(), CancellationToken.None, next.Delegate);

        Assert.That(response, Is.SameAs(workflow));
        Assert.That(next.Calls, Is.EqualTo(1));
    }

    [Test]
    public void ShouldRefuseAnInvalidRequestWithErrorsKeyedByTheJsonFieldNames()
    {
        var next = NextStep<SickCallRegistered>.Answering(new SickCallRegistered(Guid.Empty, false));
        var behaviour = new ValidationBehaviour<RegisterSickCall, SickCallRegistered>(
            [new RegisterSickCallValidator(_clock, new DeadlinePolicy(new PolicySettings()))]);
        var command = new RegisterSickCall(
            EmployeeId: null,
            EmployeeNumber: null,
            FirstDay: new DateOnly(2026, 3, 17),
            AbsenceType: AbsenceType.OwnIllness,
            Percent: 0,
            ExpectedReturn: null,
            Note: null);

        var exception = Assert.ThrowsAsync<RequestValidationException>(() => behaviour.Handle(command, CancellationToken.None, next.Delegate));

        Assert.That(Codes(exception!), Is.EquivalentTo(new Dictionary<string, string[]>
        {
            ["employeeId"] = [SickCallCodes.GiveEmployee],
            ["firstDay"] = [FieldCodes.InFuture],
            ["percent"] = ["field.outOfRange(min: 1, max: 100)"],
        }));
        Assert.That(next.Calls, Is.Zero);
    }

    [Test]
    public void ShouldNameAFieldOfAMeasureByItsPathInTheBody()
    {
        var next = NextStep<CaseActionResult>.Answering(Acted);
        var behaviour = Behaviour(new AgreePreventionPlanValidator(_clock));
        var command = new AgreePreventionPlan(
            new DateOnly(2026, 3, 12),
            [
                new MeasureInput("Gradvis opstart", "Mette Leder", null, new DateOnly(2026, 3, 26)),
                new MeasureInput(null, "Mette Leder", null, null),
            ]);

        var exception = Assert.ThrowsAsync<RequestValidationException>(() => behaviour.Handle(command, CancellationToken.None, next.Delegate));

        Assert.That(exception!.Errors.Keys, Is.EquivalentTo(new[] { "measures[1].description", "measures[1].followUpOn" }));
        Assert.That(next.Calls, Is.Zero);
    }

    [Test]
    public void ShouldNameTheMeasureWhoseFollowUpComesBeforeThePlan()
    {
        var behaviour = Behaviour(new AgreePreventionPlanValidator(_clock));
        var command = new AgreePreventionPlan(
            new DateOnly(2026, 3, 12), [new MeasureInput("Gradvis opstart", "Mette Leder", null, new DateOnly(2026, 3, 11))]);

        var exception = Assert.ThrowsAsync<RequestValidationException>(
            () => behaviour.Handle(command, CancellationToken.None, NextStep<CaseActionResult>.Answering(Acted).Delegate));

        Assert.That(Codes(exception!), Is.EquivalentTo(new Dictionary<string, string[]>
        {
            ["measures[0]"] = [CaseCommandCodes.FollowUpBeforeAgreed],
        }));
    }

    [Test]
    public void ShouldGiveEachMessageOnceWhenSeveralValidatorsAgree()
    {
        var behaviour = Behaviour(new RecordCareContactValidator(_clock), new RecordCareContactValidator(_clock));

        var exception = Assert.ThrowsAsync<RequestValidationException>(() => behaviour.Handle(
            new RecordCareContact(new DateOnly(2026, 3, 17), null),
            CancellationToken.None,
            NextStep<CaseActionResult>.Answering(Acted).Delegate));

        Assert.That(Codes(exception!)["on"], Is.EqualTo(new[] { FieldCodes.InFuture }));
    }

    /// <summary>Each field's messages as their codes, with their arguments when they have any.</summary>
    private static Dictionary<string, string[]> Codes(RequestValidationException exception) =>
        exception.Errors.ToDictionary(error => error.Key, error => error.Value.Select(message => message.ToString()).ToArray());

    private static ValidationBehaviour<TRequest, CaseActionResult> Behaviour<TRequest>(params IValidator<TRequest>[] validators)
        where TRequest : CaseCommand => new(validators);
}
