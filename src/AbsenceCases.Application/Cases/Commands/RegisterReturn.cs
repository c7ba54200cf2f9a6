using AbsenceCases.Application.Absences;

namespace AbsenceCases.Application.Cases.Commands;

/// <summary>The employee is back: the first day back at work. A case still in Reported closes as ReturnedToWork.</summary>
[Authorize(Roles.Manager, Roles.Hr)]
[Fires(CaseTrigger.RegisterReturn)]
public sealed record RegisterReturn(DateOnly? ReturnedOn) : CaseCommand;

public sealed class RegisterReturnValidator(MunicipalClock clock) : DatedStepValidator<RegisterReturn>(clock, c => c.ReturnedOn);

public sealed class RegisterReturnHandler(CaseCommandServices services, FrequentAbsenceTrigger frequentAbsence) : CaseCommandHandler<RegisterReturn>(services)
{
    protected override Task AfterSaveAsync(AbsenceCase @case, ActionStamp stamp, CancellationToken cancellationToken) =>
        frequentAbsence.EvaluateAsync([@case.EmployeeId], stamp, cancellationToken);

    protected override void Apply(AbsenceCase @case, RegisterReturn command, ActionStamp stamp) =>
        @case.RegisterReturn(command.ReturnedOn!.Value, stamp, Policy);
}
