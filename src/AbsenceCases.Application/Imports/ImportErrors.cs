namespace AbsenceCases.Application.Imports;

/// <summary>Collects the bad rows of a file. A file with thousands of bad rows reports the first ones and a count of the rest.</summary>
public sealed class ImportErrors
{
    public const int MaxReported = 1000;

    private readonly List<ImportError> _errors = [];
    private int _more;

    public bool Any => _errors.Count > 0;

    public void Add(int line, string column, string code, params (string Name, object Value)[] args)
    {
        if (_errors.Count < MaxReported)
        {
            _errors.Add(new ImportError(line, column, new MessageCode(code, args)));
        }
        else
        {
            _more++;
        }
    }

    public void ThrowIfAny()
    {
        if (!Any)
        {
            return;
        }

        var errors = _errors.OrderBy(e => e.Line).ToList();
        if (_more > 0)
        {
            errors.Add(new ImportError(errors[^1].Line, string.Empty, new MessageCode(ImportCodes.MoreErrors, ("count", _more))));
        }

        throw new ImportFailedException(errors);
    }
}
