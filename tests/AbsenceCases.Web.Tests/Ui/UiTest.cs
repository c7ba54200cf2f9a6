using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>A fresh installation with the test municipality, seen through the pages with a cookie sign-in.</summary>
public abstract class UiTest() : ApiTest(DatabaseProvider.Sqlite)
{
    protected const string ManagerAEmail = "leder.a@test.local";
    protected const string ManagerBEmail = "leder.b@test.local";
    protected const string CoordinatorEmail = "koordinator@test.local";
    protected const string HrEmail = "hr@test.local";

    /// <summary>Two one-day own-illness periods of Anna Andersen (1001), Monday 3 November and Monday 12 January, as an absences.csv.</summary>
    protected const string TwoShortAbsences =
        "employee_number;first_day;last_day;percent;absence_type\n" +
        "1001;2025-11-03;2025-11-03;100;own_illness\n" +
        "1001;2026-01-12;2026-01-12;100;own_illness\n";

    protected Task<UiSession> SignIn(string email) => UiSession.SignedIn(Factory, email);

    protected UiSession Anonymous() => new(Factory);

    protected static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
