namespace AbsenceCases.Infrastructure.Email;

/// <summary>The Smtp:* settings; e-mail is sent only when Host is set (see <see cref="Application.Notifications.EmailSettings"/>).</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string From { get; set; } = "absencecases@localhost";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool EnableSsl { get; set; }
}
