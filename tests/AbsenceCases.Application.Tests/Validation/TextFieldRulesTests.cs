using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using AbsenceCases.Application.Notifications;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Application.Tests.Validation;

/// <summary>
/// Every text a request takes from its caller, also inside its lists, is refused when it is too long or holds a control
/// character. The texts are found by reflection, so a new field without the rules fails here.
/// </summary>
public sealed class TextFieldRulesTests
{
    /// <summary>A job's name comes from the route and is only looked up among the scheduled jobs.</summary>
    private static readonly string[] LookedUpOnly = ["RunJob.Name"];

    /// <summary>A password is hashed, never shown or kept as text: only its length is limited.</summary>
    private static readonly string[] AnyCharacter = ["CreateUser.Password"];

    private static ServiceProvider _services = null!;

    [OneTimeSetUp]
    public static void BuildServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Clocks.MondayMorning));
        services.AddApplication(new PolicySettings(), new EmailSettings(Enabled: false, BaseUrl: "http://localhost"), autoMapperLicenseKey: null);
        _services = services.BuildServiceProvider();
    }

    [OneTimeTearDown]
    public static void DisposeServices() => _services.Dispose();

    public static IEnumerable<TestCaseData> TextFields() =>
        typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
            .SelectMany(request => TextPaths(request).Select(path => (Request: request, Path: path)))
            .Where(field => !LookedUpOnly.Contains($"{field.Request.Name}.{field.Path}"))
            .Select(field => new TestCaseData(field.Request, field.Path).SetArgDisplayNames($"{field.Request.Name}.{field.Path}"));

    [Test]
    public void ShouldFindTheTextsOfNestedLists()
    {
        var fields = TextFields().Select(data => data.TestName ?? string.Join('.', data.Arguments.Select(a => a is Type t ? t.Name : a))).ToList();

        Assert.That(fields, Does.Contain("RecordReview.Items[0].Measures[0].Description"));
        Assert.That(fields, Does.Contain("RecordReview.Attendees[0]"));
        Assert.That(fields, Does.Contain("CreateCoordinationGroup.Members[0].Name"));
        Assert.That(fields, Does.Not.Contain("RegisterSickCall.IdempotencyKey"), "set from a header, not the body");
    }

    [TestCaseSource(nameof(TextFields))]
    public async Task ShouldRefuseATextTooLong(Type request, string path)
    {
        var errors = await ErrorsFor(request, path, new string('x', 100_000));

        Assert.That(errors, Is.Not.Empty, $"{request.Name}.{path} takes 100 000 characters");
    }

    [TestCaseSource(nameof(TextFields))]
    public async Task ShouldRefuseAControlCharacter(Type request, string path)
    {
        if (AnyCharacter.Contains($"{request.Name}.{path}"))
        {
            Assert.That(await ErrorsFor(request, path, "Passw\u0001rd-2026"), Is.Empty);
            return;
        }

        var errors = await ErrorsFor(request, path, "Anna\u0001Andersen");

        Assert.That(errors, Is.Not.Empty, $"{request.Name}.{path} takes U+0001");
    }

    /// <summary>The messages of the request's validators about the field, with only that field set.</summary>
    private static async Task<IReadOnlyList<string>> ErrorsFor(Type request, string path, string value)
    {
        using var scope = _services.CreateScope();
        var validators = scope.ServiceProvider.GetServices(typeof(IValidator<>).MakeGenericType(request)).Cast<IValidator>().ToList();
        Assert.That(validators, Is.Not.Empty, $"{request.Name} has no validator");
        var instance = With(request, path.Split('.'), value);
        var context = (IValidationContext)Activator.CreateInstance(typeof(ValidationContext<>).MakeGenericType(request), instance)!;
        var results = await Task.WhenAll(validators.Select(v => v.ValidateAsync(context)));
        return results.SelectMany(r => r.Errors).Where(e => e.PropertyName == path).Select(e => e.ErrorMessage).ToList();
    }

    /// <summary>The paths of the texts a type takes from its caller: "Note", "Attendees[0]", "Items[0].Measures[0].Description".</summary>
    private static IEnumerable<string> TextPaths(Type type)
    {
        foreach (var property in Settable(type))
        {
            if (property.PropertyType == typeof(string))
            {
                yield return property.Name;
            }
            else if (ElementType(property.PropertyType) is { } element && element == typeof(string))
            {
                yield return $"{property.Name}[0]";
            }
            else if (ElementType(property.PropertyType) is { IsClass: true } item && item.Assembly == type.Assembly)
            {
                foreach (var inner in TextPaths(item))
                {
                    yield return $"{property.Name}[0].{inner}";
                }
            }
        }
    }

    /// <summary>An instance of the type with nothing set but the text at the path (in a list of one where the path says [0]).</summary>
    private static object With(Type type, string[] path, string value)
    {
        var instance = RuntimeHelpers.GetUninitializedObject(type);
        var name = path[0].Replace("[0]", string.Empty, StringComparison.Ordinal);
        var property = type.GetProperty(name)!;
        if (property.PropertyType == typeof(string))
        {
            property.SetValue(instance, value);
            return instance;
        }

        var elementType = ElementType(property.PropertyType)!;
        var list = Array.CreateInstance(elementType, 1);
        list.SetValue(elementType == typeof(string) ? value : With(elementType, path[1..], value), 0);
        property.SetValue(instance, list);
        return instance;
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetCustomAttribute<JsonIgnoreAttribute>() is null);

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
}
