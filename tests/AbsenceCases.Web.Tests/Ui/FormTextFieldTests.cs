using System.Text.RegularExpressions;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>
/// Every field of the pages that takes text declares its validator's limit (TextLimits) as maxlength, and every
/// free text carries the hint that it never holds a diagnosis (helbredsoplysningsloven § 2). Read from the pages'
/// markup, so that a new form cannot leave them out; the page tests show how they are rendered.
/// </summary>
public sealed partial class FormTextFieldTests
{
    private static readonly string[] TextTypes = ["text", "textarea", "email", "password", "search"];

    /// <summary>A list of names, one a line: free text, but no place for a note.</summary>
    private static readonly string[] NotNotes = ["Input.Attendees"];

    [Test]
    public void ShouldGiveEveryTextFieldItsValidatorsLimit()
    {
        var fields = TextFields().ToList();

        Assert.That(fields, Has.Count.GreaterThan(25));
        Assert.That(fields.Where(f => !MaxLength().IsMatch(f.Tag)).Select(f => $"{f.Page}: {f.Tag}"), Is.Empty);
    }

    [Test]
    public void ShouldWarnAgainstHealthInformationOnEveryFreeText()
    {
        var notes = TextFields().Where(f => Type(f.Tag) == "textarea" && !NotNotes.Any(n => f.Tag.Contains($"for=\"{n}\""))).ToList();

        Assert.That(notes, Has.Count.GreaterThan(14));
        Assert.That(notes.Where(f => !f.Tag.Contains("T.Actions.NoDiagnosis")).Select(f => $"{f.Page}: {f.Tag}"), Is.Empty);
    }

    private static IEnumerable<(string Page, string Tag)> TextFields()
    {
        var pages = Path.Combine(SourceRoot(), "src", "AbsenceCases.Web", "Ui", "Pages");
        return Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => Field().Matches(File.ReadAllText(file)).Select(m => (Path.GetRelativePath(pages, file), m.Value)))
            .Where(field => TextTypes.Contains(Type(field.Value)));
    }

    /// <summary>The type of a ui-field (text when none is given) or of an input.</summary>
    private static string Type(string tag) =>
        TypeAttribute().Match(tag) is { Success: true } type ? type.Groups[1].Value : tag.StartsWith("<ui-field", StringComparison.Ordinal) ? "text" : "other";

    private static string SourceRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AbsenceCases.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("The solution's folder is not above the tests.");
    }

    [GeneratedRegex("""<(?:ui-field|input|textarea)\b[^>]*>""")]
    private static partial Regex Field();

    [GeneratedRegex("""\btype="(\w+)""")]
    private static partial Regex TypeAttribute();

    [GeneratedRegex("""\bmaxlength="@TextLimits\.\w+""")]
    private static partial Regex MaxLength();
}
