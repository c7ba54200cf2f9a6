namespace AbsenceCases.Domain.Cases;

/// <summary>
/// A measure of a plan, with the person responsible and the date to follow it up: planned, then done with its outcome or
/// dropped. A case's prevention plan and a workplace's action plan after a measurement hold such measures.
/// </summary>
public abstract class PlannedMeasure
{
    protected PlannedMeasure()
    {
        Description = Responsible = string.Empty;
    }

    protected PlannedMeasure(MeasureDraft draft)
    {
        Description = draft.Description.Trim();
        ResponsibleUserId = draft.ResponsibleUserId;
        Responsible = draft.Responsible.Trim();
        FollowUpOn = draft.FollowUpOn ?? throw new ArgumentException("A measure needs a follow-up date.", nameof(draft));
        Status = MeasureStatus.Planned;
    }

    public int Id { get; private set; }

    public string Description { get; private set; }

    public string? ResponsibleUserId { get; private set; }

    public string Responsible { get; private set; }

    public DateOnly FollowUpOn { get; private set; }

    public MeasureStatus Status { get; private set; }

    public string? OutcomeNote { get; private set; }

    /// <summary>The day the measure was followed up and marked done.</summary>
    public DateOnly? CompletedOn { get; private set; }

    internal void Edit(MeasureDraft draft)
    {
        EnsurePlanned();
        Description = draft.Description.Trim();
        ResponsibleUserId = draft.ResponsibleUserId;
        Responsible = draft.Responsible.Trim();
        FollowUpOn = draft.FollowUpOn ?? FollowUpOn;
    }

    internal void Complete(DateOnly on, string? outcome)
    {
        EnsurePlanned();
        Status = MeasureStatus.Done;
        CompletedOn = on;
        OutcomeNote = outcome;
    }

    internal void Drop(string? outcome)
    {
        EnsurePlanned();
        Status = MeasureStatus.Dropped;
        OutcomeNote = outcome;
    }

    internal void Anonymise()
    {
        Description = Anonymised.Text;
        Responsible = Anonymised.Text;
        ResponsibleUserId = null;
        OutcomeNote = null;
    }

    private void EnsurePlanned()
    {
        if (Status != MeasureStatus.Planned)
        {
            throw new DomainException(CaseCodes.MeasureNotPlanned, ("status", Status));
        }
    }
}
