using AbsenceCases.Application.Imports;

namespace AbsenceCases.Application.Tests.Imports;

/// <summary>The errors an import's rules recorded, as (line, column, code), in the order the file would report them.</summary>
internal static class ImportErrorsOf
{
    public static List<(int Line, string Column, string Code)> List(ImportErrors errors) =>
        errors.Any ? Rejected(errors).Select(e => (e.Line, e.Column, e.Reason.Code)).ToList() : [];

    /// <summary>The errors of the rejected file; fails when nothing was rejected.</summary>
    public static IReadOnlyList<ImportError> Rejected(ImportErrors errors) => Assert.Throws<ImportFailedException>(errors.ThrowIfAny)!.Errors;
}
