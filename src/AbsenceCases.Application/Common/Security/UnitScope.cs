namespace AbsenceCases.Application.Common.Security;

/// <summary>The units a caller may see: every unit, or an explicit set (their own units and all units below them).</summary>
public sealed class UnitScope
{
    private readonly IReadOnlySet<int> _unitIds;

    private UnitScope(bool everything, IReadOnlySet<int> unitIds)
    {
        IsEverything = everything;
        _unitIds = unitIds;
    }

    public static UnitScope Everything { get; } = new(true, new HashSet<int>());

    public bool IsEverything { get; }

    /// <summary>The units in scope; empty when the scope is everything.</summary>
    public IReadOnlySet<int> UnitIds => _unitIds;

    public static UnitScope Of(IEnumerable<int> unitIds) => new(false, unitIds.ToHashSet());

    public bool Contains(int unitId) => IsEverything || _unitIds.Contains(unitId);
}
