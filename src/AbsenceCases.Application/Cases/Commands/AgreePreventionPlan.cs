namespace AbsenceCases.Application.Cases.Commands;

/// <summary>The prevention plan (forebyggelsesplan) is agreed: measures, each with an owner and a follow-up date.</summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
[Fires(CaseTrigger.AgreePreventionPlan)]
public sealed record AgreePreventionPlan(DateOnly? AgreedOn, IReadOnlyList<MeasureInput>? Measures) : CaseCommand;

/// <summary>A measure as entered: the responsible person is a user of the system, or a free-text name.</summary>
public interface IMeasureInput
{
    string? Description { get; }

    string? Responsible { get; }

    string? ResponsibleUserId { get; }

    DateOnly? FollowUpOn { get; }
}

public sealed record MeasureInput(string? Description, string? Responsible, string? ResponsibleUserId, DateOnly? FollowUpOn) : IMeasureInput;

public static class MeasureInputs
{
    public static MeasureDraft ToDraft(this IMeasureInput input) =>
        new(input.Description ?? string.Empty, input.ResponsibleUserId, input.Responsible ?? string.Empty, input.FollowUpOn);
}

/// <summary>The rules of one measure, for every request that carries one.</summary>
public abstract class MeasureRules<TInput> : AbstractValidator<TInput>
    where TInput : IMeasureInput
{
    protected MeasureRules()
    {
        RuleFor(m => m.Description).NotEmpty().WithCode(FieldCodes.Required).MultiLineText(TextLimits.MeasureDescription);
        RuleFor(m => m.Responsible).NotEmpty().WithCode(FieldCodes.Required).SingleLineText(TextLimits.Name);
        RuleFor(m => m.ResponsibleUserId).SingleLineText(TextLimits.UserId);
        RuleFor(m => m.FollowUpOn).NotNull().WithCode(FieldCodes.Required);
    }
}

public sealed class MeasureInputValidator : MeasureRules<MeasureInput>;

/// <summary>
/// A measure's responsible user finds the employee's name in their inbox, so it must be a user who may read the case
/// (DESIGN.md section 9); a 400 names each measure whose user may not.
/// </summary>
public static class ResponsibleUsers
{
    public static async Task EnsureMayReadCaseAsync(
        this IUserAccess access, Guid caseId, IEnumerable<(string Field, string? UserId)> responsible, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, IReadOnlyList<MessageCode>>();
        foreach (var (field, userId) in responsible)
        {
            if (userId is not null && !await access.MayReadCaseAsync(userId, caseId, cancellationToken))
            {
                errors[field] = [new MessageCode(CaseCommandCodes.ResponsibleMayNotRead)];
            }
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }
}

public sealed class AgreePreventionPlanValidator : AbstractValidator<AgreePreventionPlan>
{
    public AgreePreventionPlanValidator(MunicipalClock clock)
    {
        RuleFor(c => c.AgreedOn).RequiredNotInFuture(clock);
        RuleFor(c => c.Measures).NotEmpty().WithCode(CaseCommandCodes.MeasureRequired);
        RuleForEach(c => c.Measures).NotNull().WithCode(FieldCodes.Required).SetValidator(new MeasureInputValidator());
        RuleForEach(c => c.Measures)
            .Must((command, measure) => command.AgreedOn is null || measure?.FollowUpOn is null || measure.FollowUpOn >= command.AgreedOn)
            .WithCode(CaseCommandCodes.FollowUpBeforeAgreed);
    }
}

public sealed class AgreePreventionPlanHandler(CaseCommandServices services, IUserAccess access) : CaseCommandHandler<AgreePreventionPlan>(services)
{
    protected override Task CheckAsync(AbsenceCase @case, AgreePreventionPlan command, CancellationToken cancellationToken) =>
        access.EnsureMayReadCaseAsync(
            @case.Id, command.Measures!.Select((measure, i) => ($"measures[{i}].responsibleUserId", measure.ResponsibleUserId)), cancellationToken);

    protected override void Apply(AbsenceCase @case, AgreePreventionPlan command, ActionStamp stamp) =>
        @case.AgreePreventionPlan(
            new PlanProposal(command.AgreedOn!.Value, command.Measures!.Select(m => m.ToDraft()).ToList()),
            stamp,
            Policy);
}
