using AbsenceCases.Domain.Organisation;

namespace AbsenceCases.Application.Imports.Units;

/// <summary>A well-formed row of units.csv, with its line.</summary>
public sealed record UnitRow(int Line, string Code, string Name, UnitKind Kind, string? ParentCode, bool IsPilot);
