using AbsenceCases.Application.Cases;
using AbsenceCases.Application.Coordination;
using AbsenceCases.Domain.Calendar;
using AbsenceCases.Domain.Organisation;
using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.Statistics.Indicators;

/// <summary>
/// The implementation indicators of DESIGN.md section 4, one or more for each core element, over the cases, reviews,
/// groups, measurement follow-ups and absence data of a set of units in a range of months. An indicator with nothing to measure has no value.
/// </summary>
public sealed class ImplementationIndicators(IApplicationDbContext db, DeadlinePolicy policy, IndicatorTargets targets)
{
    public async Task<IReadOnlyList<Indicator>> ComputeAsync(
        YearMonth from, YearMonth to, IReadOnlyCollection<int> unitIds, DateOnly today, CancellationToken cancellationToken)
    {
        var first = from.FirstDay;
        var last = AbsenceRateQueries.AsOf(to, today);
        bool InPeriod(DateOnly day) => day >= first && day <= last;

        var cases = await db.Cases.AsNoTracking().WithWorkflowData()
            .Where(c => unitIds.Contains(c.UnitId) && c.FirstDay <= last)
            .ToListAsync(cancellationToken);
        var deadlines = cases.ToDictionary(c => c.Id, c => policy.DeadlinesOf(c, today));
        var sickCalls = cases.Where(c => c.Kind == CaseKind.SickCall).ToList();

        (int, int) OnTime(DeadlineKind kind)
        {
            var judged = deadlines.Values.SelectMany(d => d)
                .Where(d => d.Kind == kind && InPeriod(d.DueDate) && (d.IsMet || d.Status == DeadlineStatus.Overdue))
                .ToList();
            return (judged.Count(d => d.MetOn <= d.DueDate), judged.Count);
        }

        var firstDayCalls = sickCalls.Where(c => InPeriod(c.FirstDay)).ToList();
        var longCases = cases
            .Where(c => InPeriod(c.FirstDay.AddDays(CoordinationBoard.LongAbsenceDays)) && c.DaysAbsent(today) > CoordinationBoard.LongAbsenceDays)
            .ToList();
        var veryLongCases = cases.Where(c => InPeriod(c.FirstDay.AddDays(PlanDays)) && c.DaysAbsent(today) > PlanDays).ToList();
        var measures = cases.SelectMany(c => c.PreventionPlan?.Measures ?? [])
            .Where(m => m.Status != MeasureStatus.Dropped && InPeriod(m.FollowUpOn))
            .ToList();
        var (reviewedWeeks, weeks, completeGroups, groups) = await GroupFiguresAsync(unitIds, first, last, cancellationToken);
        var (monthsWithData, months) = await DataMonthsAsync(unitIds, first, last, cancellationToken);
        var followUps = await FollowUpsInPeriodAsync(unitIds, InPeriod, today, cancellationToken);

        return
        [
            Make(StatisticsCodes.IndicatorSickCallsOnFirstDay, CoreElement.SickCall,
                firstDayCalls.Count(c => MunicipalClock.DateOf(c.ReportedAt) <= c.FirstDay), firstDayCalls.Count, targets.SickCallsOnFirstDay),
            Make(StatisticsCodes.IndicatorCareContactOnTime, CoreElement.SickCall, OnTime(DeadlineKind.CareContact), targets.CareContactOnTime),
            Make(StatisticsCodes.IndicatorFirstConversationOnTime, CoreElement.SickCall,
                OnTime(DeadlineKind.FirstConversation), targets.FirstConversationOnTime),
            Make(StatisticsCodes.IndicatorWeeksWithReview, CoreElement.AbsenceCoordination, reviewedWeeks, weeks, targets.WeeksWithReview),
            Make(StatisticsCodes.IndicatorLongCasesInCoordination, CoreElement.AbsenceCoordination,
                longCases.Count(c => c.CoordinationStartedOn is not null), longCases.Count, targets.LongCasesInCoordination),
            Make(StatisticsCodes.IndicatorLongCasesWithPossibilityStatement, CoreElement.Prevention,
                longCases.Count(AskedForAPossibilityStatement), longCases.Count, targets.LongCasesWithPossibilityStatement),
            Make(StatisticsCodes.IndicatorLongCasesWithPlan, CoreElement.Prevention,
                veryLongCases.Count(c => c.PreventionPlan is not null), veryLongCases.Count, targets.LongCasesWithPlan),
            Make(StatisticsCodes.IndicatorMeasuresFollowedUpOnTime, CoreElement.Prevention,
                measures.Count(m => m.CompletedOn <= m.FollowUpOn), measures.Count(m => m.CompletedOn is not null || m.FollowUpOn < today),
                targets.MeasuresFollowedUpOnTime),
            Make(StatisticsCodes.IndicatorWorkplacesFollowedUpOnTime, CoreElement.Prevention,
                followUps.Count(FollowUpSchedule.FollowedUpInTime), followUps.Count, targets.WorkplacesFollowedUpOnTime),
            Make(StatisticsCodes.IndicatorCompleteCoordinationGroups, CoreElement.Organisation,
                completeGroups, groups, targets.CompleteCoordinationGroups),
            Make(StatisticsCodes.IndicatorMonthsWithAbsenceData, CoreElement.Data, monthsWithData, months, targets.MonthsWithAbsenceData),
        ];
    }

    /// <summary>A possibility statement was asked for as a step of its own, at the first conversation or as a documentation request.</summary>
    private static bool AskedForAPossibilityStatement(AbsenceCase @case) =>
        @case.PossibilityStatementRequestedOn is not null
        || @case.DocumentationRequests.Any(r => r.Kind == DocumentationKind.PossibilityStatement);

    /// <summary>A case that should have a prevention plan: more than 56 days (8 weeks).</summary>
    private const int PlanDays = 56;

    private static Indicator Make(string code, CoreElement element, (int Numerator, int Denominator) figures, double target) =>
        Make(code, element, figures.Numerator, figures.Denominator, target);

    private static Indicator Make(string code, CoreElement element, int numerator, int denominator, double target)
    {
        double? value = denominator == 0 ? null : Math.Round(100.0 * numerator / denominator, 4);
        var key = code[(code.IndexOf('.') + 1)..];
        return new Indicator(key, element, new MessageCode(code), numerator, denominator, value, target, value is null ? null : value >= target);
    }

    /// <summary>Weeks (by their Monday) with a review, summed over the groups covering the units; and the groups' composition.</summary>
    private async Task<(int ReviewedWeeks, int Weeks, int CompleteGroups, int Groups)> GroupFiguresAsync(
        IReadOnlyCollection<int> unitIds, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var groups = await db.CoordinationGroups.AsNoTracking().Include(g => g.Workplaces).Include(g => g.Members)
            .Where(g => g.Workplaces.Any(w => unitIds.Contains(w.UnitId)))
            .ToListAsync(cancellationToken);
        var groupIds = groups.Select(g => g.Id).ToList();
        var reviews = await db.CoordinationReviews.AsNoTracking()
            .Where(r => groupIds.Contains(r.GroupId) && r.HeldOn >= first && r.HeldOn <= last)
            .Select(r => new { r.GroupId, r.HeldOn })
            .ToListAsync(cancellationToken);
        var mondays = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1)
            .Select(first.AddDays)
            .Where(day => day.DayOfWeek == DayOfWeek.Monday)
            .ToList();
        var reviewedWeeks = groups.Sum(g => mondays.Count(monday =>
            reviews.Any(r => r.GroupId == g.Id && r.HeldOn >= monday && r.HeldOn < monday.AddDays(7))));
        return (reviewedWeeks, mondays.Count * groups.Count, groups.Count(g => g.HasFullComposition), groups.Count);
    }

    /// <summary>
    /// The follow-ups of published measurements by the units' workplaces whose last deadline, the action plan's, fell in the
    /// period, each by its steps' deadlines; a follow-up counts once it was completed or a step is overdue.
    /// </summary>
    private async Task<List<IReadOnlyList<FollowUpDeadline>>> FollowUpsInPeriodAsync(
        IReadOnlyCollection<int> unitIds, Func<DateOnly, bool> inPeriod, DateOnly today, CancellationToken cancellationToken)
    {
        var published = await db.Measurements.AsNoTracking().Where(m => m.PublishedOn != null)
            .Select(m => new { m.Id, PublishedOn = m.PublishedOn!.Value })
            .ToListAsync(cancellationToken);
        var workplaces = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Workplace && unitIds.Contains(u.Id))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        var recorded = await db.FollowUps.AsNoTracking().Where(f => workplaces.Contains(f.UnitId))
            .ToDictionaryAsync(f => (f.MeasurementId, f.UnitId), cancellationToken);
        return (
            from measurement in published
            where inPeriod(FollowUpSchedule.DueDate(FollowUpStep.ActionPlan, measurement.PublishedOn, policy.Settings))
            from unitId in workplaces
            let deadlines = FollowUpSchedule.Of(measurement.PublishedOn, recorded.GetValueOrDefault((measurement.Id, unitId)), today, policy)
                .Where(d => d.Step != FollowUpStep.MeasureFollowUp)
                .ToList()
            where FollowUpSchedule.StatusOf(deadlines) != FollowUpStatus.OnTime
            select (IReadOnlyList<FollowUpDeadline>)deadlines).ToList();
    }

    /// <summary>Months of the range in which absence of the units' employees is on record.</summary>
    private async Task<(int WithData, int Months)> DataMonthsAsync(
        IReadOnlyCollection<int> unitIds, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var employees = db.Employments.Where(e => unitIds.Contains(e.UnitId)).Select(e => e.EmployeeId);
        var starts = await db.Spells.AsNoTracking()
            .Where(s => s.FirstDay >= first && s.FirstDay <= last && employees.Contains(s.EmployeeId))
            .Select(s => s.FirstDay)
            .ToListAsync(cancellationToken);
        return (starts.Select(YearMonth.Of).Distinct().Count(), YearMonth.Span(YearMonth.Of(first), YearMonth.Of(last)));
    }
}
