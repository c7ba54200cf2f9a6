namespace AbsenceCases.Application.Common.Interfaces;

/// <summary>Where a request comes from, for the audit log: the HTTP request's trace id and client address, or the job run's id.</summary>
public interface IRequestContext
{
    string? RequestId { get; }

    string? ClientAddress { get; }
}
