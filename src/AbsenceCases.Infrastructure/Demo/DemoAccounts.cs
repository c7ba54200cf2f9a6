using AbsenceCases.Application.Common.Security;

namespace AbsenceCases.Infrastructure.Demo;

/// <summary>The demo accounts of DESIGN.md section 6, created only when demo data is on.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo!2026-fravaer";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("admin@demo.local", "Anne Admin", Roles.Admin),
        new("hr@demo.local", "Helle HR-konsulent", Roles.Hr),
        new("koordinator@demo.local", "Karsten Koordinator", Roles.Coordinator),
        new("leder@demo.local", "Lene Leder", Roles.Manager),
        new("medarbejder@demo.local", "Medarbejder", Roles.Employee),
    ];

    public static DemoAccount Manager => All.Single(a => a.Role == Roles.Manager);

    public static DemoAccount Coordinator => All.Single(a => a.Role == Roles.Coordinator);

    public static DemoAccount Hr => All.Single(a => a.Role == Roles.Hr);

    public static DemoAccount Admin => All.Single(a => a.Role == Roles.Admin);

    /// <summary>Linked to the employee of a demo case with a conversation held; takes that employee's name.</summary>
    public static DemoAccount Employee => All.Single(a => a.Role == Roles.Employee);
}

public sealed record DemoAccount(string Email, string DisplayName, string Role);
