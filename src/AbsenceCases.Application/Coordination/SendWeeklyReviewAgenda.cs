using System.Globalization;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.Notifications;
using AbsenceCases.Application.Organisation;
using AbsenceCases.Domain.Coordination;
using AbsenceCases.Domain.Notifications;

namespace AbsenceCases.Application.Coordination;

/// <summary>
/// The weekly-review-agenda job: every member of every coordination group hears of the group's board in the inbox
/// (the group and its number of cases) and by e-mail (each case by its reasons, without names), once per group and
/// ISO week however often the job runs; blocked users get none.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record SendWeeklyReviewAgenda : IRequest<JobResult>;

public sealed class SendWeeklyReviewAgendaHandler(
    IApplicationDbContext db,
    IWriteLock writeLock,
    IUserDirectory users,
    IEmailOutbox outbox,
    CoordinationBoard boards,
    MunicipalClock clock,
    EmailSettings emailSettings,
    AgendaEmails agendaEmails) : IRequestHandler<SendWeeklyReviewAgenda, JobResult>
{
    public async Task<JobResult> Handle(SendWeeklyReviewAgenda request, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var week = $"{ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue))}-W{AgendaEmails.WeekOf(today):00}";
        var groups = await db.CoordinationGroups.AsNoTracking().Include(g => g.Workplaces).Include(g => g.Members)
            .ToListAsync(cancellationToken);
        var unitPaths = await db.UnitPathsAsync(cancellationToken);
        var agendas = new List<(CoordinationGroup Group, Board Board)>();
        foreach (var group in groups)
        {
            var units = UnitQueries.SubtreeIds(unitPaths, group.Workplaces.Select(w => w.UnitId).ToList());
            agendas.Add((group, await boards.ForGroupAsync(group.Id, units, today, cancellationToken)));
        }

        var blocked = await users.BlockedIdsAsync(cancellationToken);
        var contacts = await users.ByIdsAsync(groups.SelectMany(g => g.Members).Select(m => m.UserId).OfType<string>().Distinct().ToList(), cancellationToken);
        var now = clock.Now;
        var sent = 0;
        // Under the write lock, so that two instances sending at once do not both send what neither had seen.
        await using (var writing = await writeLock.AcquireAsync(cancellationToken))
        {
            var keys = agendas.Select(a => AgendaKey(a.Group.Id)).ToList();
            var already = (await db.Notifications.Where(n => n.Key != null && keys.Contains(n.Key)).Select(n => new { n.Key, n.UserId }).ToListAsync(cancellationToken))
                .ToLookup(n => n.Key, n => n.UserId);
            foreach (var (group, board) in agendas)
            {
                var key = AgendaKey(group.Id);
                foreach (var member in group.Members.Select(m => m.UserId).OfType<string>().Distinct().Except(already[key]).Except(blocked))
                {
                    db.Notifications.Add(Notification.Agenda(member, group.Id, board.Items.Count, today, key, now));
                    if (emailSettings.Enabled && contacts.TryGetValue(member, out var contact) && contact.Email is not null)
                    {
                        db.EmailMessages.Add(agendaEmails.Compose(group, board, contact, contact.Email, now));
                    }

                    sent++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await writing.CommitAsync(cancellationToken);
        }

        var emails = emailSettings.Enabled ? await outbox.SendPendingAsync(cancellationToken) : new EmailDispatch(0, 0);
        return new JobResult(ScheduledJobs.WeeklyReviewAgenda, new Dictionary<string, int>
        {
            ["agendas"] = sent,
            ["emailsSent"] = emails.Sent,
            ["emailsFailed"] = emails.Failed,
        });

        string AgendaKey(int groupId) => $"agenda:{groupId}:{week}";
    }
}
