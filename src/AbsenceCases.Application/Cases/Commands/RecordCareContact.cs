namespace AbsenceCases.Application.Cases.Commands;

/// <summary>The manager has been in touch with the sick employee (omsorgskontakt).</summary>
[Authorize(Roles.Manager, Roles.Hr)]
[Fires(CaseTrigger.RecordCareContact)]
public sealed record RecordCareContact(DateOnly? On, string? Note) : CaseCommand;

public sealed class RecordCareContactValidator(MunicipalClock clock) : DatedStepValidator<RecordCareContact>(clock, c => c.On, c => c.Note);

public sealed class RecordCareContactHandler(CaseCommandServices services) : CaseCommandHandler<RecordCareContact>(services)
{
    protected override void Apply(AbsenceCase @case, RecordCareContact command, ActionStamp stamp) =>
        @case.RecordCareContact(command.On!.Value, command.Note, stamp, Policy);
}
