using AbsenceCases.Application.Statistics.Indicators;
using AbsenceCases.Domain.Prevention;

namespace AbsenceCases.Application.Statistics;

/// <summary>
/// The project's success criteria (DESIGN.md section 4): criterion 1, a fall in sickness absence
/// (<see cref="AbsenceRate"/>); criterion 2, every implementation indicator at its target in the pilot workplaces
/// (<see cref="Implementation"/>); and, per workplace prevention initiative, the absence before and after it.
/// </summary>
public sealed record SuccessCriteria(
    MonthRange Baseline,
    MonthRange Project,
    AbsenceRateCriterion AbsenceRate,
    ImplementationCriterion Implementation,
    IReadOnlyList<InitiativeEffect> Initiatives);

/// <summary>Criterion 2: the implementation indicators of the pilot workplaces in the project period; achieved when each measured one is at its target.</summary>
public sealed record ImplementationCriterion(IReadOnlyList<Indicator> Indicators, bool Achieved);

/// <summary>
/// A prevention initiative's workplace: its sickness-absence rate in the months before the initiative began and in
/// as many months from its start (fewer while they have not passed yet), and its overall wellbeing score in the last
/// published measurement fielded before the start (<see cref="WellbeingBefore"/>) and the first fielded from it
/// (<see cref="WellbeingAfter"/>) — measurements where the workplace's score is hidden are passed over.
/// </summary>
public sealed record InitiativeEffect(
    int InitiativeId, int UnitId, string UnitName, InitiativeType Type, string Description, DateOnly StartOn, DateOnly? EndOn,
    MonthRange Before, MonthRange After, RateChange Change, MeasurementScore? WellbeingBefore, MeasurementScore? WellbeingAfter);

/// <summary>A workplace's overall score (the plain mean of its dimensions) in a published measurement.</summary>
public sealed record MeasurementScore(int MeasurementId, string Name, DateOnly FieldedFrom, DateOnly FieldedTo, decimal Overall);

/// <summary>A range of months and the day its open spells were counted up to.</summary>
public sealed record MonthRange(string From, string To, DateOnly AsOf);

/// <summary>
/// Criterion 1: the pilot workplaces' sickness absence (own illness and work injury) in the project period
/// against their baseline, beside the same change for the rest of the organisation, and the difference in
/// differences (pilot change − other change, in percentage points). Achieved when the pilot workplaces' rate
/// fell and fell more than the others'.
/// </summary>
public sealed record AbsenceRateCriterion(
    RateChange Pilot,
    RateChange Other,
    double DifferenceInDifferences,
    bool Achieved,
    IReadOnlyList<PilotWorkplaceChange> PilotWorkplaces);

/// <summary>The rate in the baseline and the project period; the change in percentage points.</summary>
public sealed record RateChange(RateFigures Baseline, RateFigures Project, double ChangePoints);

public sealed record RateFigures(double PossibleDays, double AbsenceDays, double RatePercent);

public sealed record PilotWorkplaceChange(int UnitId, string Code, string Name, RateChange Change);
