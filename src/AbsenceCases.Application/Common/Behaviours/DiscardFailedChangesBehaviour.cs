namespace AbsenceCases.Application.Common.Behaviours;

/// <summary>
/// A request that fails may have changed entities before it was refused: a review whose second decision the
/// workflow refuses has already moved the first case. The request's scope lives on (a page shows the form again
/// and reads more), and the next request that saves, if only its audit row, would store those changes.
/// </summary>
public sealed class DiscardFailedChangesBehaviour<TRequest, TResponse>(IApplicationDbContext db)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch
        {
            db.DiscardChanges();
            throw;
        }
    }
}
