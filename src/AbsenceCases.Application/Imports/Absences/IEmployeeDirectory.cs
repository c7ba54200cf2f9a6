namespace AbsenceCases.Application.Imports.Absences;

/// <summary>The stored employees by number and the days their employments cover, as an absence file is checked against them.</summary>
public interface IEmployeeDirectory
{
    int? IdOf(string employeeNumber);

    bool IsEmployedOn(int employeeId, DateOnly day);
}
