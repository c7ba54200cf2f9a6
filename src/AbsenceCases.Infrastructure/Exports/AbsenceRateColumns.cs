using AbsenceCases.Application.Statistics;

namespace AbsenceCases.Infrastructure.Exports;

/// <summary>The exports' columns with their Danish headers, and the Danish names of the grouped values.</summary>
public static class AbsenceRateColumns
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "Periode", "Enhed", "Fraværstype", "Varighed", "Mulige dage", "Fraværsdage", "Fraværsprocent", "Årsværk",
        "Fraværsdage pr. årsværk", "Afsluttede perioder",
    ];

    public const string Sickness = "Sygefravær (egen sygdom og arbejdsskade)";
    public const string AllLengths = "Alle";
    public const string WholeOrganisation = "Hele organisationen";

    private static readonly Dictionary<string, string> TypeNames = new()
    {
        [AbsenceType.OwnIllness.ToCode()] = "Egen sygdom",
        [AbsenceType.ChildIllness.ToCode()] = "Barns sygdom",
        [AbsenceType.WorkInjury.ToCode()] = "Arbejdsskade",
    };

    private static readonly Dictionary<string, string> BandNames = new()
    {
        [LengthBand.Short.ToCode()] = "Kort (1-14 dage)",
        [LengthBand.Medium.ToCode()] = "Mellemlang (15-29 dage)",
        [LengthBand.Long.ToCode()] = "Lang (30 dage og derover)",
    };

    /// <summary>The text columns of a row: period, unit, absence type and length band.</summary>
    public static (string Period, string Unit, string Type, string Band) Texts(AbsenceRateTable table, AbsenceRateRow row) =>
    (
        row.Period,
        row.UnitId is { } unitId ? table.UnitNames[unitId] : table.ScopeName ?? WholeOrganisation,
        (row.AbsenceType ?? table.AbsenceType) is { } type ? TypeNames[type] : Sickness,
        row.LengthBand is { } band ? BandNames[band] : AllLengths
    );

    /// <summary>The number columns of a row, in header order after the texts.</summary>
    public static double[] Numbers(AbsenceRateRow row) =>
        [row.PossibleDays, row.AbsenceDays, row.RatePercent, row.Fte, row.AbsenceDaysPerFte, row.PeriodsEnded];

    public static string FileName(AbsenceRateTable table, string extension) =>
        $"fravaer-{table.Report.From}-{table.Report.To}.{extension}";
}
