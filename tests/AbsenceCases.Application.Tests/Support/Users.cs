namespace AbsenceCases.Application.Tests.Support;

/// <summary>Callers as the web host would describe them.</summary>
internal static class Users
{
    public const string ManagerId = "user-manager";
    public const string HrId = "user-hr";

    public static ICurrentUser Manager() => SignedIn(ManagerId, "Mette Leder", Roles.Manager);

    public static ICurrentUser Coordinator() => SignedIn("user-coordinator", "Kim Koordinator", Roles.Coordinator);

    public static ICurrentUser Hr() => SignedIn(HrId, "Hanne HR", Roles.Hr);

    public static ICurrentUser Admin() => SignedIn("user-admin", "Anders Admin", Roles.Admin);

    public static ICurrentUser Anonymous() => Mock(id: null, "Anonym", []);

    /// <summary>The scheduler acting on its own: no user id.</summary>
    public static ICurrentUser System() => Mock(id: null, "System", []);

    public static ICurrentUser SignedIn(string id, string name, params string[] roles) => Mock(id, name, roles);

    private static ICurrentUser Mock(string? id, string name, string[] roles)
    {
        var user = new Mock<ICurrentUser>();
        user.SetupGet(u => u.Id).Returns(id);
        user.SetupGet(u => u.Name).Returns(name);
        user.Setup(u => u.IsInRole(It.IsAny<string>())).Returns((string role) => roles.Contains(role));
        return user.Object;
    }
}
