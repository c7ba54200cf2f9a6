namespace AbsenceCases.Application.Imports;

/// <summary>What an import did: rows new to the database, rows that changed it, rows it already held.</summary>
public sealed record ImportResult(int Imported, int Updated, int Unchanged);

/// <summary>One bad row of an import file: the line (the header is line 1), the column and the reason as a code.</summary>
public sealed record ImportError(int Line, string Column, MessageCode Reason);

/// <summary>The file was rejected whole; nothing was imported.</summary>
public sealed class ImportFailedException(IReadOnlyList<ImportError> errors)
    : RefusalException(new MessageCode(ImportCodes.Rejected, ("count", errors.Count)))
{
    public IReadOnlyList<ImportError> Errors { get; } = errors;
}

/// <summary>Reads a CSV file in the format of DESIGN.md section 5 and applies it all-or-nothing.</summary>
public interface ICsvImporter
{
    Task<ImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken);
}

public interface IUnitImporter : ICsvImporter;

public interface IEmployeeImporter : ICsvImporter;

public interface IAbsenceImporter : ICsvImporter;
