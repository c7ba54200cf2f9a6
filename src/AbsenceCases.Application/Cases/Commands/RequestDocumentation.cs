namespace AbsenceCases.Application.Cases.Commands;

/// <summary>
/// Documentation (friattest, mulighedserklæring, varighedserklæring, statusattest) was asked of the employee's doctor;
/// without <see cref="ExpectedBy"/> it is expected by the policy's default for its kind.
/// </summary>
[Authorize(Roles.Manager, Roles.Hr)]
[Fires(CaseTrigger.RequestDocumentation)]
public sealed record RequestDocumentation(DocumentationKind? Kind, DateOnly? RequestedOn, DateOnly? ExpectedBy) : CaseCommand;

public sealed class RequestDocumentationValidator : AbstractValidator<RequestDocumentation>
{
    public RequestDocumentationValidator(MunicipalClock clock)
    {
        RuleFor(c => c.Kind).RequiredEnum();
        RuleFor(c => c.RequestedOn).RequiredNotInFuture(clock);
        RuleFor(c => c.ExpectedBy)
            .Must((command, expectedBy) => expectedBy is null || command.RequestedOn is null || expectedBy >= command.RequestedOn)
            .WithCode(DocumentationCodes.ExpectedBeforeRequested);
    }
}

public sealed class RequestDocumentationHandler(CaseCommandServices services) : CaseCommandHandler<RequestDocumentation>(services)
{
    protected override void Apply(AbsenceCase @case, RequestDocumentation command, ActionStamp stamp) =>
        @case.RequestDocumentation(command.Kind!.Value, command.RequestedOn!.Value, command.ExpectedBy, stamp, Policy);
}
