using System.Reflection;
using AbsenceCases.Application.Imports;

namespace AbsenceCases.Application.Tests.Security;

public sealed class AuthorizeAttributeTests
{
    [Test]
    public void ShouldReadTheRolesFromACommaSeparatedList()
    {
        Assert.That(new AuthorizeAttribute(" HR , Admin ,").Roles, Is.EqualTo(new[] { "HR", "Admin" }));
    }

    [TestCase(typeof(ImportUnits))]
    [TestCase(typeof(ImportEmployees))]
    [TestCase(typeof(ImportAbsences))]
    public void ShouldLetOnlyHrAndAdminImport(Type import)
    {
        var attribute = import.GetCustomAttribute<AuthorizeAttribute>();

        Assert.That(attribute?.Roles, Is.EqualTo(new[] { Roles.Hr, Roles.Admin }));
    }

    [Test]
    public void ShouldKnowTheFourRoles()
    {
        Assert.That(Roles.All, Is.EqualTo(new[] { "Manager", "Coordinator", "HR", "Admin" }));
    }
}
