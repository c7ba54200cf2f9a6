namespace AbsenceCases.Application.Common.Security;

public static class Roles
{
    public const string Manager = "Manager";
    public const string Coordinator = "Coordinator";
    public const string Hr = "HR";
    public const string Admin = "Admin";
    public const string Employee = "Employee";

    public static readonly IReadOnlyList<string> All = [Manager, Coordinator, Hr, Admin, Employee];
}
