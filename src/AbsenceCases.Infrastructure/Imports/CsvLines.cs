using System.Text;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>
/// Reads lines from a text reader through its own buffer, so that a line costs its string and nothing more
/// (<see cref="StreamReader.ReadLineAsync(CancellationToken)"/> allocates a task for every line). A line ends
/// at "\n", "\r\n" or "\r".
/// </summary>
internal sealed class CsvLines(TextReader reader)
{
    private readonly char[] _buffer = new char[1 << 15];
    private readonly StringBuilder _partial = new();
    private int _start;
    private int _end;
    private bool _skipLineFeed;
    private bool _ended;

    public async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_skipLineFeed && _start < _end)
            {
                _start += _buffer[_start] == '\n' ? 1 : 0;
                _skipLineFeed = false;
            }

            var text = _buffer.AsSpan(_start, _end - _start);
            var end = text.IndexOfAny('\n', '\r');
            if (end >= 0)
            {
                var line = _partial.Length == 0 ? new string(text[..end]) : _partial.Append(text[..end]).ToString();
                _partial.Clear();
                _skipLineFeed = text[end] == '\r';
                _start += end + 1;
                return line;
            }

            _partial.Append(text);
            _start = _end = 0;
            if (_ended)
            {
                var last = _partial.Length > 0 ? _partial.ToString() : null;
                _partial.Clear();
                return last;
            }

            _end = await reader.ReadAsync(_buffer, cancellationToken);
            _ended = _end == 0;
        }
    }
}
