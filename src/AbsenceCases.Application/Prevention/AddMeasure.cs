using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Common;

namespace AbsenceCases.Application.Prevention;

/// <summary>Adds a measure to the case's prevention plan.</summary>
public sealed record AddMeasure(string? Description, string? Responsible, string? ResponsibleUserId, DateOnly? FollowUpOn)
    : CaseCommand, IMeasureInput;

public sealed class AddMeasureValidator : MeasureRules<AddMeasure>
{
    public AddMeasureValidator(MunicipalClock clock) =>
        RuleFor(m => m.FollowUpOn).Must(day => day is null || day >= clock.Today).WithMessage("Must not be in the past.");
}

public sealed class AddMeasureHandler(CaseCommandServices services) : CaseCommandHandler<AddMeasure>(services)
{
    protected override void Apply(AbsenceCase @case, AddMeasure command, ActionStamp stamp) =>
        @case.AddMeasure(command.ToDraft(), stamp);
}
