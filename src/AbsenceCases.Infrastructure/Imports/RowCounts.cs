using AbsenceCases.Application.Imports;

namespace AbsenceCases.Infrastructure.Imports;

internal sealed class RowCounts
{
    public int Imported { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public ImportResult ToResult() => new(Imported, Updated, Unchanged);
}
