using System.Text.Json.Serialization;

namespace AbsenceCases.Application.Cases.Commands;

/// <summary>The documentation asked for came from the doctor, on a day and at a cost in DKK when there was one.</summary>
[Authorize(Roles.Manager, Roles.Hr)]
[Fires(CaseTrigger.RecordDocumentationReceived)]
public sealed record RecordDocumentationReceived(DateOnly? ReceivedOn, decimal? CostDkk) : CaseCommand
{
    [JsonIgnore]
    public int RequestId { get; init; }
}

public sealed class RecordDocumentationReceivedValidator : AbstractValidator<RecordDocumentationReceived>
{
    /// <summary>A doctor's fee far above any real one is a typing error.</summary>
    public const decimal MaxCostDkk = 100_000m;

    public RecordDocumentationReceivedValidator(MunicipalClock clock)
    {
        RuleFor(c => c.ReceivedOn).RequiredNotInFuture(clock);
        RuleFor(c => c.CostDkk)
            .InclusiveBetween(0m, MaxCostDkk).WithCode(FieldCodes.OutOfRange, ("min", 0), ("max", MaxCostDkk));
    }
}

public sealed class RecordDocumentationReceivedHandler(CaseCommandServices services) : CaseCommandHandler<RecordDocumentationReceived>(services)
{
    protected override void Apply(AbsenceCase @case, RecordDocumentationReceived command, ActionStamp stamp)
    {
        try
        {
            @case.RecordDocumentationReceived(command.RequestId, command.ReceivedOn!.Value, command.CostDkk, stamp, Policy);
        }
        catch (DomainException refusal) when (refusal.Refusal.Code == CaseCodes.ReceivedBeforeRequested)
        {
            throw new RefusedFieldException("receivedOn", refusal);
        }
    }
}
