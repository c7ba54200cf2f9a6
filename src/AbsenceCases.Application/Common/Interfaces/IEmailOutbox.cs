namespace AbsenceCases.Application.Common.Interfaces;

/// <summary>Sends the e-mails waiting in the outbox whose time has come, each by one process only.</summary>
public interface IEmailOutbox
{
    Task<EmailDispatch> SendPendingAsync(CancellationToken cancellationToken);
}

public sealed record EmailDispatch(int Sent, int Failed);
