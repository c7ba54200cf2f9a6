using AbsenceCases.Application.Cases;
using AbsenceCases.Application.Common.Telemetry;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Domain.Notifications;
using AbsenceCases.Domain.Organisation;
using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.Notifications;

/// <summary>
/// The dispatch-reminders job: works out the reminders today's deadlines of cases and of workplaces' follow-ups of
/// measurements call for, records each new one with
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
        var followUps = await PlanFollowUpsAsync(people, today, cancellationToken);
        var recorded = await RecordAsync(planned, followUps, cancellationToken);
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

    private async Task<List<PlannedFollowUpReminder>> PlanFollowUpsAsync(Responsibilities people, DateOnly today, CancellationToken cancellationToken)
    {
        var published = await db.Measurements.AsNoTracking().Where(m => m.PublishedOn != null && m.PublishedOn <= today)
            .Select(m => new { m.Id, PublishedOn = m.PublishedOn!.Value })
            .ToListAsync(cancellationToken);
        var workplaces = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Workplace).Select(u => u.Id).ToListAsync(cancellationToken);
        var recorded = await db.FollowUps.AsNoTracking().Include(f => f.Measures).ToDictionaryAsync(f => (f.MeasurementId, f.UnitId), cancellationToken);
        return (
            from measurement in published
            from unitId in workplaces
            let followUp = recorded.GetValueOrDefault((measurement.Id, unitId))
            from reminder in FollowUpReminderPlanner.Plan(
                measurement.Id, unitId, followUp, FollowUpSchedule.Of(measurement.PublishedOn, followUp, today, policy), people, today, policy.Settings)
            select reminder).ToList();
    }

    private async Task<int> RecordAsync(List<PlannedReminder> planned, List<PlannedFollowUpReminder> followUps, CancellationToken cancellationToken)
    {
        var caseIds = planned.Select(p => p.Case.Id).Distinct().ToList();
        var measurementIds = followUps.Select(p => p.MeasurementId).Distinct().ToList();
        var contacts = await users.ByIdsAsync(
            planned.SelectMany(p => p.Recipients).Concat(followUps.SelectMany(p => p.Recipients)).Distinct().ToList(), cancellationToken);
        var now = clock.Now;

        // Under the write lock, so that two instances dispatching at once do not both record what neither had seen.
        await using var writing = await writeLock.AcquireAsync(cancellationToken);
        var sent = (await db.Reminders.Where(r => caseIds.Contains(r.CaseId)).ToListAsync(cancellationToken))
            .Select(r => r.Key)
            .ToHashSet();
        var sentOnFollowUps = (await db.FollowUpReminders.Where(r => measurementIds.Contains(r.MeasurementId)).ToListAsync(cancellationToken))
            .Select(r => r.Key)
            .ToHashSet();
        var recorded = 0;
        foreach (var reminder in planned)
        {
            foreach (var recipient in reminder.Recipients)
            {
                var record = new Reminder(reminder.Case.Id, reminder.Deadline.Kind, reminder.Deadline.DueDate, recipient, reminder.Stage, now);
                if (sent.Add(record.Key))
                {
                    db.Reminders.Add(record);
                    Deliver(
                        Notification.Reminder(recipient, reminder.Stage, reminder.Case.Id, reminder.Deadline.Kind, reminder.Deadline.DueDate, now),
                        (contact, address) => reminderEmails.Compose(reminder, contact, address, now));
                }
            }
        }

        foreach (var reminder in followUps)
        {
            foreach (var recipient in reminder.Recipients)
            {
                var record = reminder.Record(recipient, now);
                if (sentOnFollowUps.Add(record.Key))
                {
                    db.FollowUpReminders.Add(record);
                    Deliver(
                        Notification.FollowUpReminder(
                            recipient, reminder.Stage, reminder.MeasurementId, reminder.UnitId, reminder.Deadline.Step, reminder.Deadline.DueDate, now),
                        (contact, address) => reminderEmails.Compose(reminder, contact, address, now));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await writing.CommitAsync(cancellationToken);
        return recorded;

        void Deliver(Notification notification, Func<UserContact, string, EmailMessage> email)
        {
            db.Notifications.Add(notification);
            if (emailSettings.Enabled && contacts.TryGetValue(notification.UserId, out var contact) && contact.Email is not null)
            {
                db.EmailMessages.Add(email(contact, contact.Email));
            }

            recorded++;
        }
    }
}
