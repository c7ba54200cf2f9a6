namespace AbsenceCases.Application.Common.Interfaces;

/// <summary>The changes of one request, held in one transaction until committed; disposed uncommitted, they are rolled back.</summary>
public interface IHeldChanges : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
