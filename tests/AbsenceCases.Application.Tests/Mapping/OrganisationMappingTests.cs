using AbsenceCases.Application.Organisation;
using AbsenceCases.Domain.Employees;
using AbsenceCases.Domain.Organisation;

namespace AbsenceCases.Application.Tests.Mapping;

public sealed class OrganisationMappingTests
{
    [Test]
    public void ShouldMapAUnit()
    {
        var unit = new OrganisationUnit("S01", "Skovvangskolen", UnitKind.Workplace, parent: null, isPilot: true);

        var dto = Mappings.Mapper().Map<UnitDto>(unit);

        Assert.That(dto, Is.EqualTo(new UnitDto
        {
            Id = 0,
            Code = "S01",
            Name = "Skovvangskolen",
            Kind = UnitKind.Workplace,
            ParentId = null,
            IsPilot = true,
        }));
    }

    [Test]
    public void ShouldMapAnEmployeeWithEveryEmployment()
    {
        var employee = new Employee("1001", "Jens Hansen");
        employee.AddEmployment(7, 37m, new DateOnly(2020, 1, 1), null, "Pædagog");
        employee.AddEmployment(8, 10.5m, new DateOnly(2024, 8, 1), new DateOnly(2025, 7, 31), null);

        var dto = Mappings.Mapper().Map<EmployeeDto>(employee);

        Assert.Multiple(() =>
        {
            Assert.That(dto.EmployeeNumber, Is.EqualTo("1001"));
            Assert.That(dto.Name, Is.EqualTo("Jens Hansen"));
            Assert.That(dto.Employments, Is.EqualTo(new[]
            {
                new EmploymentDto { UnitId = 7, WeeklyHours = 37m, From = new DateOnly(2020, 1, 1), To = null, StaffGroup = "Pædagog" },
                new EmploymentDto
                {
                    UnitId = 8, WeeklyHours = 10.5m, From = new DateOnly(2024, 8, 1), To = new DateOnly(2025, 7, 31), StaffGroup = null,
                },
            }));
        });
    }
}
