namespace AbsenceCases.Domain.Cases;

/// <summary>
/// Documentation asked of the employee's doctor: its kind, when it was asked for and expected, when it came and what
/// it cost. Only dates and kinds are kept, never the document or what it says (helbredsoplysningsloven § 2).
/// </summary>
public sealed class DocumentationRequest
{
    private DocumentationRequest()
    {
    }

    internal DocumentationRequest(DocumentationKind kind, DateOnly requestedOn, DateOnly expectedBy)
    {
        Kind = kind;
        RequestedOn = requestedOn;
        ExpectedBy = expectedBy;
    }

    public int Id { get; private set; }

    public Guid CaseId { get; private set; }

    public DocumentationKind Kind { get; private set; }

    public DateOnly RequestedOn { get; private set; }

    public DateOnly ExpectedBy { get; private set; }

    public DateOnly? ReceivedOn { get; private set; }

    /// <summary>What the doctor charged, in DKK.</summary>
    public decimal? CostDkk { get; private set; }

    public bool IsAwaited => ReceivedOn is null;

    /// <summary>Refuses a receipt this request cannot take: one already recorded, or a day before the request.</summary>
    internal void CheckReceipt(DateOnly receivedOn)
    {
        if (!IsAwaited)
        {
            throw new DomainException(CaseCodes.DocumentationAlreadyReceived, ("receivedOn", ReceivedOn!.Value));
        }

        if (receivedOn < RequestedOn)
        {
            throw new DomainException(CaseCodes.ReceivedBeforeRequested, ("requestedOn", RequestedOn));
        }
    }

    internal void Receive(DateOnly receivedOn, decimal? costDkk)
    {
        ReceivedOn = receivedOn;
        CostDkk = costDkk;
    }
}
