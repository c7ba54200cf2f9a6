namespace AbsenceCases.Application.Common.Memory;

/// <summary>
/// An append-only list kept in fixed-size blocks, so that an unknown number of rows never sits in one growing array:
/// a doubling list leaves twice its final size of large-object garbage behind for a million rows, and a table of a
/// hundred thousand rows read once per request would be large-object garbage after every request. Small blocks keep
/// rows on the ordinary heap; <see cref="ToArray"/> hands them over as one array of the exact size.
/// </summary>
public sealed class ChunkedList<T>(int blockSize) : IReadOnlyList<T>
{
    private readonly List<T[]> _blocks = [];

    public int Count { get; private set; }

    public T this[int index] =>
        (uint)index < (uint)Count ? _blocks[index / blockSize][index % blockSize] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(T row)
    {
        if (Count % blockSize == 0)
        {
            _blocks.Add(new T[blockSize]);
        }

        _blocks[^1][Count % blockSize] = row;
        Count++;
    }

    /// <summary>The rows as one array; the blocks are let go.</summary>
    public T[] ToArray()
    {
        var all = new T[Count];
        for (var i = 0; i < _blocks.Count; i++)
        {
            Array.Copy(_blocks[i], 0, all, i * blockSize, Math.Min(blockSize, Count - (i * blockSize)));
        }

        _blocks.Clear();
        Count = 0;
        return all;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _blocks[i / blockSize][i % blockSize];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
