namespace AbsenceCases.Application.Statistics.Facts;

/// <summary>
/// The units as dense indexes under one virtual root, <see cref="Organisation"/>, that stands for the whole
/// organisation, the others indexed in path order. Each unit knows its ancestors (itself first, the virtual root
/// last), and every subtree is one contiguous run of indexes.
/// </summary>
internal sealed class UnitTree
{
    public const int Organisation = 0;

    private readonly Dictionary<int, int> _indexById;
    private readonly int[] _ancestorStart;
    private readonly int[] _ancestors;
    private readonly int[] _pathOrder;
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
        _subtreeEnd = SubtreeEnds(Units);
        DeepestFirst = [.. _pathOrder.OrderByDescending(i => AncestorsOf(i).Length)];
    }

    /// <summary>The units by index; index 0, the virtual root, has none.</summary>
    public UnitData?[] Units { get; }

    public int[] Parent { get; }

    public int Count => Units.Length;

    /// <summary>Every unit but the virtual root, each after all the units below it.</summary>
    public int[] DeepestFirst { get; }

    public int? IndexOf(int unitId) => _indexById.TryGetValue(unitId, out var index) ? index : null;

    public int IdOf(int index) => Units[index]!.Id;

    public ReadOnlySpan<int> AncestorsOf(int index) =>
        _ancestors.AsSpan(_ancestorStart[index], _ancestorStart[index + 1] - _ancestorStart[index]);

    /// <summary>The units of a subtree in path order, the root first; the virtual root's subtree is every unit.</summary>
    public ReadOnlySpan<int> Subtree(int index) =>
        index == Organisation
            ? _pathOrder
            : _pathOrder.AsSpan(index - 1, _subtreeEnd[index] - (index - 1));

    /// <summary>Pilot units that do not lie below another pilot unit.</summary>
    public IReadOnlyList<int> TopPilotUnits() =>
        Enumerable.Range(1, Units.Length - 1)
            .Where(i => Units[i]!.IsPilot && !AncestorsOf(i)[1..].ToArray().Any(a => Units[a]?.IsPilot == true))
            .ToList();

    /// <summary>
    /// Where each unit's subtree ends in the path order (exclusive); the units are indexed in path order, so unit
    /// <c>i</c> stands at position <c>i - 1</c> and its descendants follow it.
    /// </summary>
    private static int[] SubtreeEnds(UnitData?[] units)
    {
        var count = units.Length - 1;
        var ends = new int[units.Length];
        ends[Organisation] = count;
        for (var index = count; index >= 1; index--)
        {
            var end = index;
            while (end < count && units[end + 1]!.Path.StartsWith(units[index]!.Path, StringComparison.Ordinal))
            {
                end = ends[end + 1];
            }

            ends[index] = end;
        }

        return ends;
    }

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
