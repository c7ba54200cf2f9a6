using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Statistics;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Statistics;

/// <summary>
/// Statistics tests import a small area of their own into the test municipality and ask about its units:
/// STAT (area) → W1 (pilot workplace) → T1 (team), and W2 (workplace). Each test works out the expected
/// figures by hand from the calendar; full time is 37 hours, f = hours / 37.
/// </summary>
public abstract class StatisticsTest(DatabaseProvider provider) : ApiTest(provider)
{
    protected const string Units =
        "unit_code;name;kind;parent_code;is_pilot\n" +
        "STAT;Statistikområdet;area;TEST;false\n" +
        "W1;Værkstedet;workplace;STAT;true\n" +
        "T1;Holdet;team;W1;false\n" +
        "W2;Køkkenet;workplace;STAT;false\n";

    protected const string EmployeesHeader = "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group\n";

    /// <summary>The employees header with the optional employment_id column, for concurrent employments.</summary>
    protected const string EmploymentIdHeader = "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group;employment_id\n";

    protected const string AbsencesHeader = "employee_number;first_day;last_day;percent;absence_type\n";

    /// <summary>The API rounds to 6 decimals.</summary>
    protected const double Tolerance = 1e-6;

    /// <summary>Imports the units, the employees and the absences (without their headers) through the API as HR.</summary>
    protected async Task<HttpClient> Import(string employees, string absences, TestWorld? world = null, string employeesHeader = EmployeesHeader)
    {
        var hr = await (world ?? World).Hr();
        await (await hr.PostCsv("/api/imports/units", Units)).Read<ImportResult>();
        await (await hr.PostCsv("/api/imports/employees", employeesHeader + employees)).Read<ImportResult>();
        if (absences.Length > 0)
        {
            await (await hr.PostCsv("/api/imports/absences", AbsencesHeader + absences)).Read<ImportResult>();
        }

        return hr;
    }

    protected Task<int> UnitId(string code, TestWorld? world = null) =>
        (world ?? World).InDatabase(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    protected static async Task<AbsenceRateReport> Report(HttpClient client, string query) =>
        await (await client.GetAsync($"/api/statistics/absence-rate?{query}")).Read<AbsenceRateReport>();

    protected static async Task<IReadOnlyList<AbsenceRateRow>> Rows(HttpClient client, string query) => (await Report(client, query)).Rows;

    protected static async Task<AbsenceRateRow> SingleRow(HttpClient client, string query)
    {
        var rows = await Rows(client, query);
        Assert.That(rows, Has.Count.EqualTo(1));
        return rows[0];
    }

    /// <summary>
    /// Checks a row against figures worked out by hand: possible days, absence days, periods ended and the working
    /// days of the row's period; the rate, FTE and days per FTE follow from them by the definitions.
    /// </summary>
    protected static void AssertFigures(AbsenceRateRow row, double possibleDays, double absenceDays, int periodsEnded, int workingDays)
    {
        var fte = possibleDays / workingDays;
        Assert.Multiple(() =>
        {
            Assert.That(row.PossibleDays, Is.EqualTo(possibleDays).Within(Tolerance), $"{row.Period} {row.UnitId} possible days");
            Assert.That(row.AbsenceDays, Is.EqualTo(absenceDays).Within(Tolerance), $"{row.Period} {row.UnitId} absence days");
            Assert.That(row.RatePercent, Is.EqualTo(possibleDays == 0 ? 0 : 100 * absenceDays / possibleDays).Within(Tolerance), $"{row.Period} {row.UnitId} rate");
            Assert.That(row.Fte, Is.EqualTo(fte).Within(Tolerance), $"{row.Period} {row.UnitId} FTE");
            Assert.That(row.AbsenceDaysPerFte, Is.EqualTo(fte == 0 ? 0 : absenceDays / fte).Within(Tolerance), $"{row.Period} {row.UnitId} days per FTE");
            Assert.That(row.PeriodsEnded, Is.EqualTo(periodsEnded), $"{row.Period} {row.UnitId} periods ended");
        });
    }
}
