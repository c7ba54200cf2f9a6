using System.Net;
using System.Net.Mail;
using System.Text;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Domain.Notifications;
using Microsoft.Extensions.Options;

namespace AbsenceCases.Infrastructure.Email;

/// <summary>
/// Sends the outbox over SMTP. A message is first claimed with one conditional UPDATE, so that of two
/// processes only one sends it, and then read as stored, since the claim bypassed the change tracker; a failure,
/// the server's or a malformed address's, waits longer before each new attempt (see <see cref="EmailMessage.MarkFailed"/>)
/// and does not hold up the messages after it.
/// </summary>
internal sealed class SmtpEmailOutbox(
    ApplicationDbContext db, IOptions<SmtpOptions> options, MunicipalClock clock, ILogger<SmtpEmailOutbox> logger) : IEmailOutbox
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);
    private const int BatchSize = 100;

    public async Task<EmailDispatch> SendPendingAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var now = clock.Now;
        var due = await db.EmailMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.GaveUpAt == null && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        int sent = 0, failed = 0;
        using var client = CreateClient(smtp);
        foreach (var id in due)
        {
            if (!await ClaimAsync(id, now, cancellationToken))
            {
                continue;
            }

            var message = await ReadClaimedAsync(id, cancellationToken);
            try
            {
                using var mail = ToMail(smtp, message);
                await client.SendMailAsync(mail, cancellationToken);
                message.MarkSent(clock.Now);
                sent++;
            }
            catch (Exception exception) when (exception is SmtpException or FormatException)
            {
                logger.LogWarning(exception, "E-mail {Id} could not be sent (attempt {Attempt})", id, message.Attempts + 1);
                message.MarkFailed(clock.Now, exception.Message);
                failed++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return new EmailDispatch(sent, failed);
    }

    private async Task<bool> ClaimAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = now + ClaimFor;
        var claimed = await db.EmailMessages
            .Where(m => m.Id == id && m.SentAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedUntil, until), cancellationToken);
        return claimed == 1;
    }

    /// <summary>
    /// The claimed message as stored, in one round-trip: one this context already tracks (say, queued earlier in the
    /// same job) is reloaded, since the claim's UPDATE did not touch it; any other is read afresh.
    /// </summary>
    private async Task<EmailMessage> ReadClaimedAsync(long id, CancellationToken cancellationToken)
    {
        var tracked = db.EmailMessages.Local.FindEntry(id);
        if (tracked is null)
        {
            return await db.EmailMessages.SingleAsync(m => m.Id == id, cancellationToken);
        }

        await tracked.ReloadAsync(cancellationToken);
        return tracked.Entity;
    }

    private static SmtpClient CreateClient(SmtpOptions smtp)
    {
        var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl, DeliveryMethod = SmtpDeliveryMethod.Network };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        return client;
    }

    private static MailMessage ToMail(SmtpOptions smtp, EmailMessage message) =>
        new(smtp.From, message.To, message.Subject, message.Body)
        {
            BodyEncoding = Encoding.UTF8,
            SubjectEncoding = Encoding.UTF8,
        };
}
