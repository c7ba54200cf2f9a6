using AbsenceCases.Domain.Employees;
using AbsenceCases.Domain.Organisation;
using AutoMapper;

namespace AbsenceCases.Application.Organisation;

public sealed record UnitDto
{
    public int Id { get; init; }

    public string Code { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public UnitKind Kind { get; init; }

    public int? ParentId { get; init; }

    public bool IsPilot { get; init; }
}

public sealed record EmploymentDto
{
    public int UnitId { get; init; }

    public decimal WeeklyHours { get; init; }

    public DateOnly From { get; init; }

    public DateOnly? To { get; init; }

    public string? StaffGroup { get; init; }

    /// <summary>The payroll's employment number, which tells concurrent employments apart.</summary>
    public string? EmploymentNumber { get; init; }
}

public sealed record EmployeeDto
{
    public int Id { get; init; }

    public string EmployeeNumber { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public IReadOnlyList<EmploymentDto> Employments { get; init; } = [];
}

public sealed record EmployeePage(IReadOnlyList<EmployeeDto> Items, int Total) : IEmployeesResponse
{
    IReadOnlyList<int> IEmployeesResponse.EmployeeIds => Items.Select(i => i.Id).ToList();
}

public sealed class OrganisationMappings : Profile
{
    public OrganisationMappings()
    {
        CreateMap<OrganisationUnit, UnitDto>();
        CreateMap<Employment, EmploymentDto>();
        CreateMap<Employee, EmployeeDto>();
    }
}
