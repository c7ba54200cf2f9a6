using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Common;

namespace AbsenceCases.Application.Cases.Commands;

/// <summary>The prevention plan (forebyggelsesplan) is agreed: measures, each with an owner and a follow-up date.</summary>
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
        RuleFor(m => m.Description).NotEmpty().WithMessage("Required.").MultiLineText(TextLimits.MeasureDescription);
        RuleFor(m => m.Responsible).NotEmpty().WithMessage("Required.").SingleLineText(TextLimits.Name);
        RuleFor(m => m.ResponsibleUserId).SingleLineText(TextLimits.UserId);
        RuleFor(m => m.FollowUpOn).NotNull().WithMessage("Required.");
    }
}

public sealed class MeasureInputValidator : MeasureRules<MeasureInput>;

public sealed class AgreePreventionPlanValidator : AbstractValidator<AgreePreventionPlan>
{
    public AgreePreventionPlanValidator(MunicipalClock clock)
    {
        RuleFor(c => c.AgreedOn).RequiredNotInFuture(clock);
        RuleFor(c => c.Measures).NotEmpty().WithMessage("At least one measure is required.");
        RuleForEach(c => c.Measures).NotNull().WithMessage("Required.").SetValidator(new MeasureInputValidator());
        RuleForEach(c => c.Measures)
            .Must((command, measure) => command.AgreedOn is null || measure?.FollowUpOn is null || measure.FollowUpOn >= command.AgreedOn)
            .WithMessage("The follow-up date must be on or after the day the plan is agreed.");
    }
}

public sealed class AgreePreventionPlanHandler(CaseCommandServices services) : CaseCommandHandler<AgreePreventionPlan>(services)
{
    protected override void Apply(AbsenceCase @case, AgreePreventionPlan command, ActionStamp stamp) =>
        @case.AgreePreventionPlan(
            new PlanProposal(command.AgreedOn!.Value, command.Measures!.Select(m => m.ToDraft()).ToList()),
            stamp,
            Policy);
}
