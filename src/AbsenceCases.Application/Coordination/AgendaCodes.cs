namespace AbsenceCases.Application.Coordination;

/// <summary>The weekly review agenda in the inbox and by e-mail.</summary>
[MessageCodes]
public static class AgendaCodes
{
    public const string Inbox = "agenda.inbox";
    public const string InboxWithoutCases = "agenda.inboxWithoutCases";
    public const string EmailSubject = "agenda.emailSubject";

    /// <summary>Each case's reasons, without its employee's name.</summary>
    public const string EmailBody = "agenda.emailBody";
}
