using AbsenceCases.Application.Absences;
using AbsenceCases.Application.Coordination;
using AbsenceCases.Application.Notifications;
using AbsenceCases.Application.Retention;
using AbsenceCases.Application.Statistics;

namespace AbsenceCases.Application.Jobs;

/// <summary>The scheduled jobs by name, each the request it sends; the scheduler and "run now" share this list.</summary>
public static class ScheduledJobs
{
    public const string DispatchReminders = "dispatch-reminders";
    public const string WeeklyReviewAgenda = "weekly-review-agenda";
    public const string Retention = "retention";
    public const string FrequentAbsence = "frequent-absence";
    public const string StatisticsRefresh = "statistics-refresh";

    private static readonly Dictionary<string, Func<IRequest<JobResult>>> Requests = new()
    {
        [DispatchReminders] = () => new DispatchReminders(),
        [WeeklyReviewAgenda] = () => new SendWeeklyReviewAgenda(),
        [Retention] = () => new ApplyRetention(),
        [FrequentAbsence] = () => new EvaluateFrequentAbsence(),
        [StatisticsRefresh] = () => new RefreshStatistics(),
    };

    public static IReadOnlyCollection<string> Names => Requests.Keys;

    public static IRequest<JobResult>? RequestFor(string name) => Requests.TryGetValue(name, out var request) ? request() : null;
}
