using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Calendar;

namespace AbsenceCases.Application.Statistics;

/// <summary>The parameters of the absence-rate table and its exports (DESIGN.md section 6).</summary>
public interface IAbsenceRateParameters : IUnitFilteredRequest
{
    string? From { get; }

    string? To { get; }

    string? GroupBy { get; }

    string? AbsenceType { get; }
}

public abstract class AbsenceRateParametersValidator<T> : AbstractValidator<T>
    where T : IAbsenceRateParameters
{
    protected AbsenceRateParametersValidator()
    {
        RuleFor(p => p.From).Month();
        RuleFor(p => p.To).EndOfRange(p => p.From);
        RuleFor(p => p.GroupBy).Grouping();
        RuleFor(p => p.AbsenceType).OptionalAbsenceType();
    }
}

/// <summary>
/// The table with what exports show beside it: the names of its units, the unit(s) it covers (none: the whole organisation)
/// and the absence type asked for.
/// </summary>
public sealed record AbsenceRateTable(AbsenceRateReport Report, string? ScopeName, IReadOnlyDictionary<int, string> UnitNames, string? AbsenceType);

/// <summary>
/// Computes the absence-rate table for valid parameters within the caller's scope. HR and Admin see the whole
/// organisation by default. A manager or coordinator sees the units they are responsible for: without a unitId,
/// their one top unit; with several top units (a coordination group's workplaces) a unitId is needed, unless
/// the table is grouped by unit, which then gives a row for every unit in their scope.
/// </summary>
public sealed class AbsenceRateQueries(AbsenceFactStore store, IUserScopeProvider scopes, MunicipalClock clock)
{
    public async Task<AbsenceRateTable> ComputeAsync(IAbsenceRateParameters parameters, bool withNames, CancellationToken cancellationToken)
    {
        var from = YearMonth.Parse(parameters.From!);
        var to = YearMonth.Parse(parameters.To!);
        var grouping = StatisticsGroupings.Parse(parameters.GroupBy);
        AbsenceType? type = string.IsNullOrWhiteSpace(parameters.AbsenceType) ? null : AbsenceTypeCodes.Parse(parameters.AbsenceType);
        var asOf = AsOf(to);
        var scope = await scopes.GetScopeAsync(cancellationToken);
        return await store.ReadAsync(facts =>
        {
            var roots = Roots(facts.Units, parameters.UnitId, scope, grouping);
            var rows = facts.AbsenceRate(new AbsenceRateSelection(from, to, asOf, roots, grouping, type));
            var report = new AbsenceRateReport(from.ToString(), to.ToString(), asOf, rows);
            return withNames
                ? new AbsenceRateTable(report, ScopeName(facts.Units, roots), UnitNames(facts.Units, rows), type?.ToCode())
                : new AbsenceRateTable(report, string.Empty, new Dictionary<int, string>(), type?.ToCode());
        }, cancellationToken);
    }

    /// <summary>Open spells run to the end of the period asked for, or to today if that is earlier.</summary>
    public DateOnly AsOf(YearMonth to) => AsOf(to, clock.Today);

    /// <summary>The last day of <paramref name="to"/>, or <paramref name="today"/> if that is earlier.</summary>
    public static DateOnly AsOf(YearMonth to, DateOnly today) => to.LastDay < today ? to.LastDay : today;

    private static IReadOnlyList<int> Roots(UnitTree units, int? unitId, UnitScope scope, StatisticsGrouping grouping)
    {
        if (unitId is { } id)
        {
            return [units.IndexOf(id) ?? throw new NotFoundException(RefusalCodes.NotFound.Unit, id)];
        }

        if (scope.IsEverything)
        {
            return [UnitTree.Organisation];
        }

        var tops = scope.UnitIds
            .Select(units.IndexOf)
            .OfType<int>()
            .Where(index => !scope.Contains(units.Units[units.Parent[index]]?.Id ?? -1))
            .ToList();
        if (tops.Count == 0)
        {
            throw new ForbiddenAccessException(RefusalCodes.Access.NoUnits);
        }

        if (tops.Count > 1 && (grouping & StatisticsGrouping.Unit) == 0)
        {
            var choices = tops.Select(index => $"{units.Units[index]!.Code} ({units.IdOf(index)})").ToList();
            throw new RequestValidationException("unitId", StatisticsCodes.ChooseUnit, ("units", choices));
        }

        return tops;
    }

    private static string? ScopeName(UnitTree units, IReadOnlyList<int> roots) =>
        roots is [UnitTree.Organisation] ? null : string.Join(", ", roots.Select(r => units.Units[r]!.Name));

    private static Dictionary<int, string> UnitNames(UnitTree units, IReadOnlyList<AbsenceRateRow> rows) =>
        rows.Select(r => r.UnitId).OfType<int>().Distinct().ToDictionary(id => id, id => units.Units[units.IndexOf(id)!.Value]!.Name);
}
