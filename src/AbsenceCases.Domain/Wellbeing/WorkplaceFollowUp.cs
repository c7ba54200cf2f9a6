using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Organisation;

namespace AbsenceCases.Domain.Wellbeing;

/// <summary>
/// A workplace's follow-up of a published measurement: the days its results were discussed in the team, in the local
/// MED committee and in the leadership group, and the action plan agreed, with its measures. It holds no personal data
/// beyond the names of those responsible for the measures.
/// </summary>
public sealed class WorkplaceFollowUp
{
    private readonly List<ActionPlanMeasure> _measures = [];

    private WorkplaceFollowUp()
    {
    }

    public WorkplaceFollowUp(Measurement measurement, OrganisationUnit unit, DateOnly today)
    {
        if (!measurement.IsPublishedBy(today))
        {
            throw new DomainException(FollowUpCodes.NotPublished);
        }

        if (unit.Kind != UnitKind.Workplace)
        {
            throw new DomainException(FollowUpCodes.NotWorkplace, ("kind", unit.Kind));
        }

        MeasurementId = measurement.Id;
        UnitId = unit.Id;
    }

    public int Id { get; private set; }

    public int MeasurementId { get; private set; }

    public int UnitId { get; private set; }

    public DateOnly? TeamDiscussedOn { get; private set; }

    public DateOnly? MedDiscussedOn { get; private set; }

    public DateOnly? LeadershipDiscussedOn { get; private set; }

    /// <summary>The day the action plan was agreed.</summary>
    public DateOnly? ActionPlanOn { get; private set; }

    public IReadOnlyCollection<ActionPlanMeasure> Measures => _measures;

    /// <summary>Why a step cannot be recorded as done on <paramref name="on"/>: before the results were published, or in the future.</summary>
    public static string? DateRefusal(DateOnly on, DateOnly publishedOn, DateOnly today) =>
        on < publishedOn ? FollowUpCodes.BeforePublished
        : on > today ? FollowUpCodes.InFuture
        : null;

    /// <summary>The day the step was done, if it was; a measure's follow-up is recorded on the measure.</summary>
    public DateOnly? DoneOn(FollowUpStep step) => step switch
    {
        FollowUpStep.TeamDiscussion => TeamDiscussedOn,
        FollowUpStep.MedDiscussion => MedDiscussedOn,
        FollowUpStep.LeadershipDiscussion => LeadershipDiscussedOn,
        FollowUpStep.ActionPlan => ActionPlanOn,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    /// <summary>Records the step as done on a day (again, to correct it); an action plan needs a measure that is not dropped.</summary>
    public void Record(FollowUpStep step, DateOnly on, DateOnly publishedOn, DateOnly today)
    {
        EnsureDay(on, publishedOn, today);
        switch (step)
        {
            case FollowUpStep.TeamDiscussion:
                TeamDiscussedOn = on;
                break;
            case FollowUpStep.MedDiscussion:
                MedDiscussedOn = on;
                break;
            case FollowUpStep.LeadershipDiscussion:
                LeadershipDiscussedOn = on;
                break;
            case FollowUpStep.ActionPlan when _measures.All(m => m.Status == MeasureStatus.Dropped):
                throw new DomainException(FollowUpCodes.ActionPlanWithoutMeasures);
            case FollowUpStep.ActionPlan:
                ActionPlanOn = on;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, null);
        }
    }

    public ActionPlanMeasure AddMeasure(MeasureDraft draft)
    {
        var measure = new ActionPlanMeasure(draft);
        _measures.Add(measure);
        return measure;
    }

    public void EditMeasure(int measureId, MeasureDraft draft) => Measure(measureId).Edit(draft);

    public void CompleteMeasure(int measureId, DateOnly on, string? outcome, DateOnly publishedOn, DateOnly today)
    {
        EnsureDay(on, publishedOn, today);
        Measure(measureId).Complete(on, outcome);
    }

    public void DropMeasure(int measureId, string? outcome) => Measure(measureId).Drop(outcome);

    private static void EnsureDay(DateOnly on, DateOnly publishedOn, DateOnly today)
    {
        if (DateRefusal(on, publishedOn, today) is { } refusal)
        {
            throw new DomainException(refusal, ("publishedOn", publishedOn));
        }
    }

    private ActionPlanMeasure Measure(int measureId) =>
        _measures.SingleOrDefault(m => m.Id == measureId) ?? throw new DomainException(FollowUpCodes.NoSuchMeasure, ("measureId", measureId));
}
