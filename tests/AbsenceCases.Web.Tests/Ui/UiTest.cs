namespace AbsenceCases.Web.Tests.Ui;

/// <summary>A fresh installation with the test municipality, seen through the pages with a cookie sign-in.</summary>
public abstract class UiTest : ApiTest
{
    protected const string ManagerAEmail = "leder.a@test.local";
    protected const string ManagerBEmail = "leder.b@test.local";
    protected const string CoordinatorEmail = "koordinator@test.local";
    protected const string HrEmail = "hr@test.local";

    protected Task<UiSession> SignIn(string email) => UiSession.SignedIn(Factory, email);

    protected UiSession Anonymous() => new(Factory);

    protected static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
