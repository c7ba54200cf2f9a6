namespace AbsenceCases.Application.Notifications;

/// <summary>Whether reminders also go out as e-mail (Smtp:Host is set), and the address links in e-mails point to.</summary>
public sealed record EmailSettings(bool Enabled, string BaseUrl);
