namespace AbsenceCases.Domain.Cases;

/// <summary>
/// The absence conversation (sygefraværssamtale) with the employee. It records what was agreed and asked for,
/// never a diagnosis (helbredsoplysningsloven § 2).
/// </summary>
public sealed class Conversation
{
    private Conversation()
    {
    }

    internal Conversation(DateOnly heldOn, ConversationForm form, string? note, ConversationRequests requests)
    {
        HeldOn = heldOn;
        Form = form;
        Note = note;
        PossibilityStatementRequested = requests.PossibilityStatement;
        RetentionPlanRequested = requests.RetentionPlan;
        FastTrackRequested = requests.FastTrack;
    }

    public int Id { get; private set; }

    public Guid CaseId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public ConversationForm Form { get; private set; }

    public string? Note { get; private set; }

    /// <summary>A possibility statement (mulighedserklæring) was asked of the doctor.</summary>
    public bool PossibilityStatementRequested { get; private set; }

    /// <summary>The employee asked for a retention plan (fastholdelsesplan, sygedagpengeloven § 7b).</summary>
    public bool RetentionPlanRequested { get; private set; }

    /// <summary>Early follow-up was asked of the municipality (sygedagpengeloven § 7c).</summary>
    public bool FastTrackRequested { get; private set; }
}
