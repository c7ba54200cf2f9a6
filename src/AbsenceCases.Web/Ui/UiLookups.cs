using AbsenceCases.Application.Coordination;
using AbsenceCases.Application.Measurements;
using AbsenceCases.Domain.Organisation;

namespace AbsenceCases.Web.Ui;

/// <summary>The small lookups several pages make through the same queries as the API.</summary>
public static class UiLookups
{
    /// <summary>Every unit's name by its id.</summary>
    public static async Task<IReadOnlyDictionary<int, string>> UnitNamesAsync(this IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new ListUnits(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);

    /// <summary>The workplaces: the units a coordination group or a prevention initiative can be at.</summary>
    public static async Task<IReadOnlyList<UnitDto>> WorkplacesAsync(this IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new ListUnits(), cancellationToken)).Where(u => u.Kind == UnitKind.Workplace).ToList();

    /// <summary>The coordination group of this id, or null.</summary>
    public static async Task<CoordinationGroupDto?> CoordinationGroupAsync(this IMediator mediator, int id, CancellationToken cancellationToken) =>
        (await mediator.Send(new ListCoordinationGroups(), cancellationToken)).FirstOrDefault(g => g.Id == id);
}
