namespace AbsenceCases.Domain.Coordination;

public enum MemberRole
{
    Leader,
    EmployeeRepresentative,
    HrConsultant,
    WorkEnvironmentConsultant,
}
