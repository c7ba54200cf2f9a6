using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>An installation that sends its e-mail to a test SMTP server on loopback.</summary>
public abstract class SmtpApiTest(DatabaseProvider provider) : ApiTest(provider)
{
    protected SmtpListener Smtp { get; private set; } = null!;

    [TearDown]
    public async Task StopSmtp() => await Smtp.DisposeAsync();

    protected override IReadOnlyDictionary<string, string> Settings()
    {
        Smtp = new SmtpListener();
        return AbsenceCasesFactory.SmtpTo(Smtp);
    }
}
