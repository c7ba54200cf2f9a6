using System.Globalization;
using AbsenceCases.Application.Notifications;
using AbsenceCases.Domain.Coordination;
using AbsenceCases.Domain.Notifications;

namespace AbsenceCases.Application.Coordination;

/// <summary>The e-mail of a group's weekly agenda, in the language of e-mails: each case by its reasons, never by name.</summary>
public sealed class AgendaEmails(EmailSettings settings, IEmailTexts texts)
{
    public static int WeekOf(DateOnly day) => ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue));

    public EmailMessage Compose(CoordinationGroup group, Board board, UserContact recipient, string address, DateTimeOffset now)
    {
        var subject = texts.Render(new MessageCode(AgendaCodes.EmailSubject, ("group", group.Name), ("week", WeekOf(board.On))));
        var cases = board.Items.Select(item => $"- {string.Join(", ", item.Reasons.Select(reason => texts.Render(reason.Message)))}\n");
        var body = texts.Render(new MessageCode(
            AgendaCodes.EmailBody,
            ("recipient", recipient.Name), ("cases", board.Items.Count), ("agenda", string.Concat(cases)), ("link", settings.BoardLink(group.Id))));
        return new EmailMessage(address, subject, body, now);
    }
}
