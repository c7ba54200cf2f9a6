namespace AbsenceCases.Application.Common.Exceptions;

/// <summary>What was not found, by its kind.</summary>
[MessageCodes]
public static class NotFoundCodes
{
    public const string Case = "notFound.case";
    public const string Unit = "notFound.unit";
    public const string Employee = "notFound.employee";
    public const string User = "notFound.user";
    public const string Job = "notFound.job";
    public const string Initiative = "notFound.initiative";
    public const string CoordinationGroup = "notFound.coordinationGroup";
    public const string Notification = "notFound.notification";
    public const string Section56Agreement = "notFound.section56Agreement";
}
