namespace AbsenceCases.Application.Cases.Commands;

/// <summary>
/// Loads the case, checks the caller's If-Match version, lets the use case act on the aggregate and saves
/// it under optimistic concurrency.
/// </summary>
public abstract class CaseCommandHandler<TCommand>(CaseCommandServices services) : IRequestHandler<TCommand, CaseActionResult>
    where TCommand : CaseCommand
{
    protected IApplicationDbContext Db => services.Db;

    protected PolicySettings Policy => services.Policy.Settings;

    public async Task<CaseActionResult> Handle(TCommand command, CancellationToken cancellationToken)
    {
        var @case = await Db.Cases.WithWorkflowData().SingleOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
                    ?? throw new NotFoundException(RefusalCodes.NotFound.Case, command.CaseId);
        if (command.ExpectedVersion is { } expected && expected != @case.Version)
        {
            throw new PreconditionFailedException(expected, @case.Version);
        }

        await CheckAsync(@case, command, cancellationToken);
        var stamp = services.Clock.Stamp(services.User);
        Apply(@case, command, stamp);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException) when (command.ExpectedVersion is { } expectedVersion)
        {
            throw new PreconditionFailedException(expectedVersion, await CurrentVersionAsync(command.CaseId, cancellationToken));
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(RefusalCodes.Conflict.CaseChangedMeanwhile);
        }

        await AfterSaveAsync(@case, stamp, cancellationToken);
        return new CaseActionResult(@case.Id, @case.Version, @case.Status, @case.PermittedTriggers(stamp.Today, Policy).PermittedFor(services.User));
    }

    /// <summary>The version someone else saved while this command was at work.</summary>
    private Task<int> CurrentVersionAsync(Guid caseId, CancellationToken cancellationToken) =>
        Db.Cases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync(cancellationToken);

    /// <summary>Work that follows a saved change, e.g. evaluating the frequent-absence trigger once an absence ended.</summary>
    protected virtual Task AfterSaveAsync(AbsenceCase @case, ActionStamp stamp, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Checks that need other data than the case itself.</summary>
    protected virtual Task CheckAsync(AbsenceCase @case, TCommand command, CancellationToken cancellationToken) => Task.CompletedTask;

    protected abstract void Apply(AbsenceCase @case, TCommand command, ActionStamp stamp);
}

/// <summary>What every case command handler needs, in one parameter.</summary>
public sealed record CaseCommandServices(IApplicationDbContext Db, ICurrentUser User, MunicipalClock Clock, DeadlinePolicy Policy);
