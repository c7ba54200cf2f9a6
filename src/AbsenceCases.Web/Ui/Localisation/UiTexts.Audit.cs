namespace AbsenceCases.Web.Ui.Localisation;

public sealed partial record UiTexts
{
    public required AuditTexts Audit { get; init; }
}

/// <summary>The audit log page, in both languages.</summary>
public sealed record AuditTexts
{
    public static readonly AuditTexts Danish = new()
    {
        Title = "Revisionslog",
        Intro = "Hvem har læst og ændret sager, medarbejdere og brugeres adgang, hvornår og hvorfra. Rækkerne kan ikke ændres eller slettes; de slettes først, når de er ældre end opbevaringsperioden.",
        AdminIntro = "Som administrator ser du hvem, hvornår og hvad – ikke hvilke sager eller medarbejdere det gjaldt.",
        CaseId = "Sags-id",
        EmployeeId = "Medarbejder-id",
        UserId = "Bruger-id",
        UserIdHint = "Rækker med det, brugeren gjorde, og med ændringer af brugerens adgang.",
        From = "Fra dato",
        To = "Til dato",
        Show = "Vis",
        Csv = "Hent som CSV",
        Count = count => count == 1 ? "1 række" : $"{count} rækker",
        NoRows = "Ingen rækker passer til filtret.",
        At = "Tidspunkt",
        User = "Bruger",
        Action = "Handling",
        Result = "Resultat",
        Allowed = "Tilladt",
        Refused = "Afvist",
        Detail = "Ændring",
        Address = "Adresse",
        RequestId = "Forespørgsel",
        Subjects = "Sag og medarbejder",
        ListSubjects = (cases, employees) => $"Liste: {cases} sager, {employees} medarbejdere",
        Pages = "Sider",
        Previous = "Forrige side",
        Next = "Næste side",
        PageOf = (page, count) => $"Side {page} af {count}",
    };

    public static readonly AuditTexts English = new()
    {
        Title = "Audit log",
        Intro = "Who read and changed cases, employees and users' access, when and from where. Rows cannot be changed or deleted; they are deleted only once older than the retention period.",
        AdminIntro = "As an administrator you see who, when and what – not which cases or employees it concerned.",
        CaseId = "Case id",
        EmployeeId = "Employee id",
        UserId = "User id",
        UserIdHint = "Rows of what the user did, and of changes to the user's access.",
        From = "From date",
        To = "To date",
        Show = "Show",
        Csv = "Download as CSV",
        Count = count => count == 1 ? "1 row" : $"{count} rows",
        NoRows = "No rows match the filter.",
        At = "Time",
        User = "User",
        Action = "Action",
        Result = "Result",
        Allowed = "Allowed",
        Refused = "Refused",
        Detail = "Change",
        Address = "Address",
        RequestId = "Request",
        Subjects = "Case and employee",
        ListSubjects = (cases, employees) => $"List: {cases} cases, {employees} employees",
        Pages = "Pages",
        Previous = "Previous page",
        Next = "Next page",
        PageOf = (page, count) => $"Page {page} of {count}",
    };

    public required string Title { get; init; }

    public required string Intro { get; init; }

    public required string AdminIntro { get; init; }

    public required string CaseId { get; init; }

    public required string EmployeeId { get; init; }

    public required string UserId { get; init; }

    public required string UserIdHint { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required string Show { get; init; }

    public required string Csv { get; init; }

    public required Func<int, string> Count { get; init; }

    public required string NoRows { get; init; }

    public required string At { get; init; }

    public required string User { get; init; }

    public required string Action { get; init; }

    public required string Result { get; init; }

    public required string Allowed { get; init; }

    public required string Refused { get; init; }

    public required string Detail { get; init; }

    public required string Address { get; init; }

    public required string RequestId { get; init; }

    public required string Subjects { get; init; }

    public required Func<int, int, string> ListSubjects { get; init; }

    public required string Pages { get; init; }

    public required string Previous { get; init; }

    public required string Next { get; init; }

    public required Func<int, int, string> PageOf { get; init; }
}
