using AbsenceCases.Application.Cases;
using AbsenceCases.Application.Common.Telemetry;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Domain.Notifications;

namespace AbsenceCases.Application.Notifications;

/// <summary>
/// The dispatch-reminders job: works out the reminders today's deadlines call for, records each new one with
/// its inbox item and e-mail in one transaction, and sends the e-mails waiting in the outbox. A reminder
/// already recorded is never sent again, whether the job runs twice, after a restart or in two processes.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record DispatchReminders : IRequest<JobResult>;

public sealed class DispatchRemindersHandler(
    IApplicationDbContext db,
    IWriteLock writeLock,
    IUserDirectory users,
    IEmailOutbox outbox,
    MunicipalClock clock,
    DeadlinePolicy policy,
    EmailSettings emailSettings,
    ReminderEmails reminderEmails,
    OperationsMetrics metrics) : IRequestHandler<DispatchReminders, JobResult>
{
    /// <summary>How long after closing a case is still looked at for its notification to the municipality.</summary>
    public const int RecentlyClosedDays = 60;

    public async Task<JobResult> Handle(DispatchReminders request, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var closedSince = today.AddDays(-RecentlyClosedDays);
        var cases = await db.Cases.AsNoTracking().WithWorkflowData()
            .Where(c => c.Status != CaseStatus.Closed || (c.ClosedOn >= closedSince && c.MunicipalityNotifiedOn == null))
            .ToListAsync(cancellationToken);
        var people = await Responsibilities.LoadAsync(db, users, cancellationToken);
        var planned = cases
            .SelectMany(c => ReminderPlanner.Plan(c, StillToDo(c, today), people, today, policy.Settings))
            .ToList();
        var recorded = await RecordAsync(planned, cancellationToken);
        metrics.Reminded(recorded);
        var emails = emailSettings.Enabled ? await outbox.SendPendingAsync(cancellationToken) : new EmailDispatch(0, 0);
        return new JobResult(ScheduledJobs.DispatchReminders, new Dictionary<string, int>
        {
            ["reminders"] = recorded,
            ["emailsSent"] = emails.Sent,
            ["emailsFailed"] = emails.Failed,
        });
    }

    /// <summary>
    /// The deadlines to remind of: all of an open case's; of a closed case only the notification to the
    /// municipality (§ 59), which is still owed when the absence passed the employer period.
    /// </summary>
    private IEnumerable<Deadline> StillToDo(AbsenceCase @case, DateOnly today) =>
        policy.DeadlinesOf(@case, today).Where(d => @case.IsOpen || d.Kind == DeadlineKind.MunicipalityNotification);

    private async Task<int> RecordAsync(List<PlannedReminder> planned, CancellationToken cancellationToken)
    {
        var caseIds = planned.Select(p => p.Case.Id).Distinct().ToList();
        var contacts = await users.ByIdsAsync(planned.SelectMany(p => p.Recipients).Distinct().ToList(), cancellationToken);
        var now = clock.Now;

        // Under the write lock, so that two instances dispatching at once do not both record what neither had seen.
        await using var writing = await writeLock.AcquireAsync(cancellationToken);
        var sent = (await db.Reminders.Where(r => caseIds.Contains(r.CaseId)).ToListAsync(cancellationToken))
            .Select(r => r.Key)
            .ToHashSet();
        var recorded = 0;
        foreach (var reminder in planned)
        {
            foreach (var recipient in reminder.Recipients)
            {
                var record = new Reminder(reminder.Case.Id, reminder.Deadline.Kind, reminder.Deadline.DueDate, recipient, reminder.Stage, now);
                if (!sent.Add(record.Key))
                {
                    continue;
                }

                db.Reminders.Add(record);
                db.Notifications.Add(Notification.Reminder(
                    recipient, reminder.Stage, reminder.Case.Id, reminder.Deadline.Kind, reminder.Deadline.DueDate, now));
                if (emailSettings.Enabled && contacts.TryGetValue(recipient, out var contact) && contact.Email is not null)
                {
                    db.EmailMessages.Add(reminderEmails.Compose(reminder, contact, contact.Email, now));
                }

                recorded++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await writing.CommitAsync(cancellationToken);
        return recorded;
    }
}
