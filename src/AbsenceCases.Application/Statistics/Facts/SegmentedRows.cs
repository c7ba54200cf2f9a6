namespace AbsenceCases.Application.Statistics.Facts;

/// <summary>
/// The rows of a table in blocks of a thousand, each small enough for the ordinary heap: a five-year table of a
/// hundred thousand rows as one array would be large-object garbage after every request.
/// </summary>
internal sealed class SegmentedRows<T> : IReadOnlyList<T>
{
    private const int BlockSize = 1_000;

    private readonly List<T[]> _blocks = [];

    public int Count { get; private set; }

    public T this[int index] =>
        (uint)index < (uint)Count ? _blocks[index / BlockSize][index % BlockSize] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(T row)
    {
        if (Count % BlockSize == 0)
        {
            _blocks.Add(new T[BlockSize]);
        }

        _blocks[^1][Count % BlockSize] = row;
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _blocks[i / BlockSize][i % BlockSize];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
