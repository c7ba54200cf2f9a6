using AbsenceCases.Domain.Employees;

namespace AbsenceCases.Application.Absences;

public sealed record Section56AgreementDto(int Id, DateOnly ValidFrom, DateOnly ValidTo, DateOnly? EndedOn, bool Active)
{
    public static Section56AgreementDto From(Section56Agreement agreement, DateOnly today) =>
        new(agreement.Id, agreement.ValidFrom, agreement.ValidTo, agreement.EndedOn, agreement.Covers(today));
}
