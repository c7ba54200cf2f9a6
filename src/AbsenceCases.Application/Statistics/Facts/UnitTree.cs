namespace AbsenceCases.Application.Statistics.Facts;

/// <summary>
/// The units as dense indexes under one virtual root, <see cref="Organisation"/>, that stands for the whole
/// organisation. Each unit knows its ancestors (itself first, the virtual root last), and in path order every
/// subtree is one contiguous run of positions.
/// </summary>
internal sealed class UnitTree
{
    public const int Organisation = 0;

    private readonly Dictionary<int, int> _indexById;
    private readonly int[] _ancestorStart;
    private readonly int[] _ancestors;
    private readonly int[] _pathOrder;
    private readonly int[] _position;
    private readonly int[] _subtreeEnd;

    public UnitTree(IReadOnlyList<UnitData> units)
    {
        Units = [null, .. units.OrderBy(u => u.Path, StringComparer.Ordinal)];
        _indexById = new Dictionary<int, int>(units.Count);
        for (var i = 1; i < Units.Length; i++)
        {
            _indexById[Units[i]!.Id] = i;
        }

        Parent = new int[Units.Length];
        Parent[Organisation] = -1;
        for (var i = 1; i < Units.Length; i++)
        {
            Parent[i] = Units[i]!.ParentId is { } parentId && _indexById.TryGetValue(parentId, out var parent) ? parent : Organisation;
        }

        (_ancestorStart, _ancestors) = AncestorLists(Parent);
        _pathOrder = Enumerable.Range(1, Units.Length - 1).ToArray();
        _position = new int[Units.Length];
        _subtreeEnd = new int[Units.Length];
        for (var position = 0; position < _pathOrder.Length; position++)
        {
            _position[_pathOrder[position]] = position;
        }

        _subtreeEnd[Organisation] = _pathOrder.Length;
        for (var position = _pathOrder.Length - 1; position >= 0; position--)
        {
            var unit = _pathOrder[position];
            var end = position + 1;
            while (end < _pathOrder.Length && Units[_pathOrder[end]]!.Path.StartsWith(Units[unit]!.Path, StringComparison.Ordinal))
            {
                end = _subtreeEnd[_pathOrder[end]];
            }

            _subtreeEnd[unit] = end;
        }
    }

    /// <summary>The units by index; index 0, the virtual root, has none.</summary>
    public UnitData?[] Units { get; }

    public int[] Parent { get; }

    public int Count => Units.Length;

    public int? IndexOf(int unitId) => _indexById.TryGetValue(unitId, out var index) ? index : null;

    public int IdOf(int index) => Units[index]!.Id;

    public ReadOnlySpan<int> AncestorsOf(int index) =>
        _ancestors.AsSpan(_ancestorStart[index], _ancestorStart[index + 1] - _ancestorStart[index]);

    /// <summary>The units of a subtree in path order, the root first; the virtual root's subtree is every unit.</summary>
    public ReadOnlySpan<int> Subtree(int index) =>
        index == Organisation
            ? _pathOrder
            : _pathOrder.AsSpan(_position[index], _subtreeEnd[index] - _position[index]);

    /// <summary>Pilot units that do not lie below another pilot unit.</summary>
    public IReadOnlyList<int> TopPilotUnits() =>
        Enumerable.Range(1, Units.Length - 1)
            .Where(i => Units[i]!.IsPilot && !AncestorsOf(i)[1..].ToArray().Any(a => Units[a]?.IsPilot == true))
            .OrderBy(i => _position[i])
            .ToList();

    private static (int[] Start, int[] Flat) AncestorLists(int[] parent)
    {
        var start = new int[parent.Length + 1];
        var flat = new List<int>(parent.Length * 5);
        for (var i = 0; i < parent.Length; i++)
        {
            start[i] = flat.Count;
            var seen = 0;
            for (var unit = i; unit >= 0 && seen <= parent.Length; unit = parent[unit], seen++)
            {
                flat.Add(unit);
            }
        }

        start[parent.Length] = flat.Count;
        return (start, flat.ToArray());
    }
}
