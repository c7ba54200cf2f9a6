using AbsenceCases.Domain.Cases;

namespace AbsenceCases.Domain.Wellbeing;

/// <summary>
/// The deadlines of a workplace's follow-up, counted in calendar days from the day the measurement's results were
/// published (published on the 1st with 30 days: due on the 31st), each Due from the reminder lead time before it and
/// Overdue from the day after; and the follow-up dates of the action plan's measures that are not dropped.
/// </summary>
public static class FollowUpSchedule
{
    public static readonly IReadOnlyList<FollowUpStep> Steps =
        [FollowUpStep.TeamDiscussion, FollowUpStep.MedDiscussion, FollowUpStep.LeadershipDiscussion, FollowUpStep.ActionPlan];

    public static DateOnly DueDate(FollowUpStep step, DateOnly publishedOn, PolicySettings settings) => publishedOn.AddDays(step switch
    {
        FollowUpStep.TeamDiscussion => settings.FollowUpTeamDiscussionDays,
        FollowUpStep.MedDiscussion => settings.FollowUpMedDays,
        FollowUpStep.LeadershipDiscussion => settings.FollowUpLeadershipDays,
        FollowUpStep.ActionPlan => settings.FollowUpActionPlanDays,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    });

    /// <summary>The deadlines in order of due date; a workplace that has recorded nothing yet has no <paramref name="followUp"/>.</summary>
    public static IReadOnlyList<FollowUpDeadline> Of(DateOnly publishedOn, WorkplaceFollowUp? followUp, DateOnly today, DeadlinePolicy policy)
    {
        var steps = Steps.Select(step =>
        {
            var due = DueDate(step, publishedOn, policy.Settings);
            var done = followUp?.DoneOn(step);
            return new FollowUpDeadline(step, due, policy.StatusOf(due, done, today), done);
        });
        var measures = (followUp?.Measures ?? []).Where(m => m.Status != MeasureStatus.Dropped).Select(m =>
            new FollowUpDeadline(FollowUpStep.MeasureFollowUp, m.FollowUpOn, policy.StatusOf(m.FollowUpOn, m.CompletedOn, today), m.CompletedOn)
            {
                MeasureId = m.Id,
            });
        return steps.Concat(measures).OrderBy(d => d.DueDate).ThenBy(d => d.Step).ToList();
    }

    /// <summary>Every step done; else a step overdue; else on time. A measure's follow-up date does not count.</summary>
    public static FollowUpStatus StatusOf(IEnumerable<FollowUpDeadline> deadlines)
    {
        var steps = deadlines.Where(d => d.Step != FollowUpStep.MeasureFollowUp).ToList();
        return steps.All(d => d.Status == DeadlineStatus.Met) ? FollowUpStatus.Met
            : steps.Any(d => d.Status == DeadlineStatus.Overdue) ? FollowUpStatus.Overdue
            : FollowUpStatus.OnTime;
    }

    /// <summary>Every step done by its deadline: the implementation indicator's "followed up on time".</summary>
    public static bool FollowedUpInTime(IEnumerable<FollowUpDeadline> deadlines) =>
        deadlines.Where(d => d.Step != FollowUpStep.MeasureFollowUp).All(d => d.WasMetInTime);
}
