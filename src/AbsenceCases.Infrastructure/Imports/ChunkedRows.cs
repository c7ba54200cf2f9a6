namespace AbsenceCases.Infrastructure.Imports;

/// <summary>
/// Collects an unknown number of rows in fixed chunks, then hands them over as one array of the exact size: a list
/// that doubles would leave twice its final size of large-object garbage behind for a million rows.
/// </summary>
internal sealed class ChunkedRows<T>
    where T : struct
{
    private const int ChunkSize = 1 << 16;

    private readonly List<T[]> _chunks = [];
    private int _inLastChunk = ChunkSize;

    public int Count => ((_chunks.Count - 1) * ChunkSize) + _inLastChunk;

    public void Add(T row)
    {
        if (_inLastChunk == ChunkSize)
        {
            _chunks.Add(new T[ChunkSize]);
            _inLastChunk = 0;
        }

        _chunks[^1][_inLastChunk++] = row;
    }

    public T[] ToArray()
    {
        if (_chunks.Count == 0)
        {
            return [];
        }

        var all = new T[Count];
        for (var i = 0; i < _chunks.Count; i++)
        {
            Array.Copy(_chunks[i], 0, all, i * ChunkSize, i == _chunks.Count - 1 ? _inLastChunk : ChunkSize);
        }

        _chunks.Clear();
        return all;
    }
}
