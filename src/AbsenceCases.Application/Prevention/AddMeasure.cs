using AbsenceCases.Application.Cases.Commands;

namespace AbsenceCases.Application.Prevention;

/// <summary>Adds a measure to the case's prevention plan.</summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record AddMeasure(string? Description, string? Responsible, string? ResponsibleUserId, DateOnly? FollowUpOn)
    : CaseCommand, IMeasureInput;

public sealed class AddMeasureValidator : MeasureRules<AddMeasure>
{
    public AddMeasureValidator(MunicipalClock clock) =>
        RuleFor(m => m.FollowUpOn).Must(day => day is null || day >= clock.Today).WithCode(FieldCodes.InPast);
}

public sealed class AddMeasureHandler(CaseCommandServices services, IUserAccess access) : CaseCommandHandler<AddMeasure>(services)
{
    protected override Task CheckAsync(AbsenceCase @case, AddMeasure command, CancellationToken cancellationToken) =>
        access.EnsureMayReadCaseAsync(@case.Id, [("responsibleUserId", command.ResponsibleUserId)], cancellationToken);

    protected override void Apply(AbsenceCase @case, AddMeasure command, ActionStamp stamp) =>
        @case.AddMeasure(command.ToDraft(), stamp);
}
