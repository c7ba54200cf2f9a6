namespace AbsenceCases.SeedGenerator.Sampling;

/// <summary>Picks one of a fixed set of items with probability proportional to its weight.</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulativeWeights;

    public WeightedChoice(IEnumerable<(T Item, double Weight)> entries)
    {
        var list = entries.ToArray();
        if (list.Length == 0 || list.Any(entry => entry.Weight <= 0))
        {
            throw new ArgumentException("A weighted choice needs at least one item, each with a positive weight.", nameof(entries));
        }

        _items = list.Select(entry => entry.Item).ToArray();
        _cumulativeWeights = new double[list.Length];
        var sum = 0.0;
        for (var i = 0; i < list.Length; i++)
        {
            sum += list[i].Weight;
            _cumulativeWeights[i] = sum;
        }
    }

    public static WeightedChoice<T> Of(params (T Item, double Weight)[] entries) => new(entries);

    public T Pick(Random random)
    {
        var target = random.NextDouble() * _cumulativeWeights[^1];
        var index = Array.BinarySearch(_cumulativeWeights, target);
        return _items[index < 0 ? ~index : index + 1];
    }
}
