namespace AbsenceCases.Domain.Cases;

/// <summary>One measure of a prevention plan, with the person responsible and the date to follow it up.</summary>
public sealed class PreventionMeasure
{
    private PreventionMeasure()
    {
        Description = Responsible = string.Empty;
    }

    internal PreventionMeasure(MeasureDraft draft)
    {
        Description = draft.Description.Trim();
        ResponsibleUserId = draft.ResponsibleUserId;
        Responsible = draft.Responsible.Trim();
        FollowUpOn = draft.FollowUpOn ?? throw new ArgumentException("A measure needs a follow-up date.", nameof(draft));
        Status = MeasureStatus.Planned;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public string Description { get; private set; }

    public string? ResponsibleUserId { get; private set; }

    public string Responsible { get; private set; }

    public DateOnly FollowUpOn { get; private set; }

    public MeasureStatus Status { get; private set; }

    public string? OutcomeNote { get; private set; }

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

    /// <summary>The day the measure was followed up and marked done.</summary>
    public DateOnly? CompletedOn { get; private set; }
}
