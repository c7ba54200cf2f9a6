using System.Text;

namespace AbsenceCases.SeedGenerator;

/// <summary>
/// Generates a fictional municipality with its organisation, employments and absence history, and streams it to
/// the three seed files: one employee is generated and written at a time, so memory stays flat at any scale. Its
/// wellbeing measurements follow from the absence written.
/// </summary>
public sealed class MunicipalityGenerator
{
    /// <summary>The payroll's employment ids (employment_id): the main post and a second post held at the same time.</summary>
    private const string MainPostId = "1";
    private const string SecondPostId = "2";

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly GeneratorOptions _options;
    private readonly OrganisationPlan _organisation;

    public MunicipalityGenerator(GeneratorOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.OtherWorkplacesPerArea, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.StartDate, options.EndDate, nameof(options));
        _options = options;
        _organisation = OrganisationPlan.Build(options.OtherWorkplacesPerArea);
        if (options.Headcount < _organisation.Workplaces.Count)
        {
            throw new ArgumentException(
                $"The headcount must be at least the number of workplaces ({_organisation.Workplaces.Count}), one leader each.",
                nameof(options));
        }
    }

    /// <summary>
    /// Writes units.csv, employees.csv and absences.csv into <paramref name="folder"/>, creating it if needed, and then
    /// measurements.csv with the measurements' results files, drawn from the absence written.
    /// </summary>
    public GenerationResult WriteFiles(string folder)
    {
        Directory.CreateDirectory(folder);
        GenerationResult result;
        using (var units = CreateFile(folder, SeedFiles.Units))
        using (var employees = CreateFile(folder, SeedFiles.Employees))
        using (var absences = CreateFile(folder, SeedFiles.Absences))
        {
            result = Write(units, employees, absences);
        }

        new MeasurementGenerator(_options, _organisation).WriteFiles(folder, name => CreateFile(folder, name));
        return result;
    }

    public GenerationResult Write(TextWriter units, TextWriter employees, TextWriter absences)
    {
        var random = new Random(_options.Seed);
        var unitRows = new CsvRowWriter(units);
        var employeeRows = new CsvRowWriter(employees);
        var absenceRows = new CsvRowWriter(absences);
        unitRows.Header(SeedFiles.UnitColumns);
        employeeRows.Header(SeedFiles.EmployeeColumns);
        absenceRows.Header(SeedFiles.AbsenceColumns);

        foreach (var unit in _organisation.Units)
        {
            unitRows.Unit(unit);
        }

        var spells = new SpellGenerator(_options, random);
        int employeeCount = 0, employmentCount = 0, spellCount = 0, openSpellCount = 0;
        foreach (var employee in new WorkforceGenerator(_options, _organisation, random).Employees())
        {
            employeeCount++;
            foreach (var employment in employee.Employments)
            {
                employeeRows.Employment(employee, employment, MainPostId);
                employmentCount++;
            }

            if (employee.SecondPost is { } secondPost)
            {
                employeeRows.Employment(employee, secondPost, SecondPostId);
                employmentCount++;
            }

            foreach (var spell in spells.SpellsOf(employee))
            {
                absenceRows.Spell(employee, spell);
                spellCount++;
                openSpellCount += spell.LastDay is null ? 1 : 0;
            }
        }

        units.Flush();
        employees.Flush();
        absences.Flush();
        return new GenerationResult(_organisation.Units.Count, employeeCount, employmentCount, spellCount, openSpellCount);
    }

    private static StreamWriter CreateFile(string folder, string name) =>
        new(Path.Combine(folder, name), append: false, Utf8WithoutBom, bufferSize: 1 << 16);
}
