using AbsenceCases.Application.Common.Security;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Common;

namespace AbsenceCases.Application.Cases.Commands;

/// <summary>The manager has been in touch with the sick employee (omsorgskontakt).</summary>
[Authorize(Roles.Manager, Roles.Hr)]
[Fires(CaseTrigger.RecordCareContact)]
public sealed record RecordCareContact(DateOnly? On, string? Note) : CaseCommand;

public sealed class RecordCareContactValidator : AbstractValidator<RecordCareContact>
{
    public RecordCareContactValidator(MunicipalClock clock)
    {
        RuleFor(c => c.On).RequiredNotInFuture(clock);
        RuleFor(c => c.Note).Note();
    }
}

public sealed class RecordCareContactHandler(CaseCommandServices services) : CaseCommandHandler<RecordCareContact>(services)
{
    protected override void Apply(AbsenceCase @case, RecordCareContact command, ActionStamp stamp) =>
        @case.RecordCareContact(command.On!.Value, command.Note, stamp, Policy);
}
