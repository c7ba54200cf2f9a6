namespace AbsenceCases.Application.Cases.Commands;

/// <summary>The absence conversation (sygefraværssamtale) was held; sygedagpengeloven § 7a.</summary>
[Authorize(Roles.Manager, Roles.Hr)]
[Fires(CaseTrigger.HoldFirstConversation)]
public sealed record HoldFirstConversation(
    DateOnly? HeldOn,
    ConversationForm? Form,
    DateOnly? ExpectedReturn,
    string? Note,
    bool PossibilityStatementRequested,
    bool RetentionPlanRequested,
    bool FastTrackRequested) : CaseCommand;

public sealed class HoldFirstConversationValidator : AbstractValidator<HoldFirstConversation>
{
    public HoldFirstConversationValidator(MunicipalClock clock)
    {
        RuleFor(c => c.HeldOn).RequiredNotInFuture(clock);
        RuleFor(c => c.Form).RequiredEnum();
        RuleFor(c => c.ExpectedReturn)
            .Must((command, expected) => expected is null || command.HeldOn is null || expected > command.HeldOn)
            .WithCode(CaseCommandCodes.ReturnAfterConversation);
        RuleFor(c => c.Note).Note();
    }
}

public sealed class HoldFirstConversationHandler(CaseCommandServices services) : CaseCommandHandler<HoldFirstConversation>(services)
{
    protected override void Apply(AbsenceCase @case, HoldFirstConversation command, ActionStamp stamp) =>
        @case.HoldFirstConversation(
            new FirstConversationDetails(
                command.HeldOn!.Value,
                command.Form!.Value,
                command.ExpectedReturn,
                command.Note,
                new ConversationRequests(command.PossibilityStatementRequested, command.RetentionPlanRequested, command.FastTrackRequested)),
            stamp,
            Policy);
}
