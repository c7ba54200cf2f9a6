namespace AbsenceCases.Domain.Cases;

/// <summary>Works out the deadlines of a case on a given day from the municipality's policy (DESIGN.md section 3).</summary>
public sealed class DeadlinePolicy(PolicySettings settings)
{
    public PolicySettings Settings => settings;

    public IReadOnlyList<Deadline> DeadlinesOf(AbsenceCase @case, DateOnly today)
    {
        var deadlines = new Deadlines(@case, today, this);
        var firstDay = @case.FirstDay;
        if (@case.Kind == CaseKind.SickCall)
        {
            deadlines.WhileAbsent(
                DeadlineKind.CareContact, firstDay.AddDays(settings.CareContactDays), @case.CareContactOn);
            deadlines.WhileAbsent(
                DeadlineKind.FirstConversation, firstDay.AddDays(settings.FirstConversationDays), @case.FirstConversationHeldOn);
            if (@case.PassedEmployerPeriod(today, settings))
            {
                deadlines.Always(
                    DeadlineKind.MunicipalityNotification, firstDay.AddDays(settings.MunicipalityNotificationDays), @case.MunicipalityNotifiedOn);
            }

            if (@case.ExpectsLongAbsence(settings))
            {
                deadlines.WhileAbsent(
                    DeadlineKind.FastTrackOption, firstDay.AddDays(settings.FastTrackDays), @case.FastTrackRequestedOn);
            }

            if (@case.NeedsRetentionPlan(settings))
            {
                deadlines.WhileAbsent(
                    DeadlineKind.RetentionPlan, firstDay.AddDays(settings.RetentionPlanDays), @case.RetentionPlanMadeOn);
            }

            deadlines.WhileAbsent(
                DeadlineKind.RoundTableMeeting, firstDay.AddDays(settings.RoundTableDays), @case.RoundTableHeldOn);
        }
        else
        {
            deadlines.WhileAbsent(
                DeadlineKind.FrequentAbsenceConversation, firstDay.AddDays(settings.FrequentAbsenceConversationDays), @case.FirstConversationHeldOn);
        }

        if (@case.Status is CaseStatus.Coordination or CaseStatus.PreventionPlan && @case.CoordinationStartedOn is { } started)
        {
            deadlines.Always(
                DeadlineKind.CoordinationReview,
                @case.NextReviewOn ?? (@case.LastReviewedOn ?? started).AddDays(settings.CoordinationReviewIntervalDays),
                null);
        }

        foreach (var measure in @case.PreventionPlan?.Measures.Where(m => m.Status != MeasureStatus.Dropped) ?? [])
        {
            deadlines.UntilClosed(
                DeadlineKind.MeasureFollowUp, measure.FollowUpOn, measure.CompletedOn, measure.Id);
        }

        foreach (var request in @case.DocumentationRequests)
        {
            deadlines.UntilClosed(DeadlineKind.DocumentationRequest, request.ExpectedBy, request.ReceivedOn);
        }

        return deadlines.InOrder();
    }

    /// <summary>The earliest deadline not yet met, the one a list of cases shows.</summary>
    public Deadline? NextDeadline(AbsenceCase @case, DateOnly today) =>
        DeadlinesOf(@case, today).FirstOrDefault(d => !d.IsMet);

    public DeadlineStatus StatusOf(DateOnly dueDate, DateOnly? metOn, DateOnly today) =>
        metOn is not null ? DeadlineStatus.Met
        : today > dueDate ? DeadlineStatus.Overdue
        : today >= dueDate.AddDays(-settings.ReminderLeadDays) ? DeadlineStatus.Due
        : DeadlineStatus.Upcoming;

    private sealed class Deadlines(AbsenceCase @case, DateOnly today, DeadlinePolicy policy)
    {
        private readonly List<Deadline> _deadlines = [];

        /// <summary>The end of the absence: the first day back at work, or the closing day.</summary>
        private DateOnly? AbsenceEnded => @case.ReturnedOn ?? @case.ClosedOn;

        public void Always(DeadlineKind kind, DateOnly dueDate, DateOnly? metOn, int? measureId = null) =>
            _deadlines.Add(new Deadline(kind, dueDate, policy.StatusOf(dueDate, metOn, today), metOn) { MeasureId = measureId });

        /// <summary>A deadline about the absence itself no longer applies once the employee is back on or before its date.</summary>
        public void WhileAbsent(DeadlineKind kind, DateOnly dueDate, DateOnly? metOn)
        {
            if (metOn is not null || !(AbsenceEnded <= dueDate))
            {
                Always(kind, dueDate, metOn);
            }
        }

        /// <summary>A follow-up no longer applies once the case closed on or before its date.</summary>
        public void UntilClosed(DeadlineKind kind, DateOnly dueDate, DateOnly? metOn, int? measureId = null)
        {
            if (metOn is not null || !(@case.ClosedOn <= dueDate))
            {
                Always(kind, dueDate, metOn, measureId);
            }
        }

        public IReadOnlyList<Deadline> InOrder() => _deadlines.OrderBy(d => d.DueDate).ThenBy(d => d.Kind).ToList();
    }
}
