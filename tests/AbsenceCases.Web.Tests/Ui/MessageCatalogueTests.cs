using System.Reflection;
using AbsenceCases.Domain.Common;
using AbsenceCases.Web.Ui.Localisation;
using AbsenceCases.Web.Ui.Localisation.Messages;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>Every message code has a text in every language, and the texts are filled in as each language writes.</summary>
public sealed class MessageCatalogueTests
{
    private static readonly Assembly[] CodeAssemblies =
        [typeof(MessageCode).Assembly, typeof(AbsenceCases.Application.DependencyInjection).Assembly, typeof(AbsenceCases.Infrastructure.DependencyInjection).Assembly];

    private static IEnumerable<string> AllCodes() =>
        CodeAssemblies.SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.GetCustomAttribute<MessageCodesAttribute>() is not null)
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field is { IsLiteral: true } && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!);

    [Test]
    public void ShouldKnowCodesAtAll()
    {
        Assert.That(AllCodes(), Is.Not.Empty.And.Unique);
    }

    [TestCase("da")]
    [TestCase("en")]
    public void ShouldHaveATextForEveryCodeAndNoTextWithoutACode(string language)
    {
        var templates = UiTexts.For(UiCulture.FromLanguage(language)).Messages;
        var codes = AllCodes().ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(codes.Where(code => !templates.ContainsKey(code)), Is.Empty, "codes without a text");
            Assert.That(templates.Keys.Where(code => !codes.Contains(code)), Is.Empty, "texts without a code");
        });
    }

    [TestCase("da")]
    [TestCase("en")]
    public void ShouldUseOnlyArgumentNamesTheSameCodeHasInTheOtherLanguage(string language)
    {
        var texts = UiTexts.For(UiCulture.FromLanguage(language)).Messages;
        var other = UiTexts.For(UiCulture.FromLanguage(language == "da" ? "en" : "da")).Messages;
        var differing = texts.Where(pair => other.TryGetValue(pair.Key, out var theirs) && Placeholders(theirs) != Placeholders(pair.Value))
            .Select(pair => pair.Key);

        Assert.That(differing, Is.Empty);
    }

    [Test]
    public void ShouldWriteDatesNumbersAndEnumValuesAsDanishDoes()
    {
        var texts = UiTexts.Danish with
        {
            Messages = new Dictionary<string, string> { ["test"] = "{type:lower} fra {from}, {n} af {total} ({missing})" },
        };
        var message = new MessageCode(
            "test", ("type", Domain.Absences.AbsenceType.OwnIllness), ("from", new DateOnly(2026, 3, 9)), ("n", 1234.5m), ("total", 7));

        Assert.That(MessageTemplate.Render(message, texts), Is.EqualTo("egen sygdom fra 09.03.2026, 1234,5 af 7 ({missing})"));
    }

    [Test]
    public void ShouldAnswerWithTheCodeItselfWhenTheLanguageHasNoText()
    {
        Assert.That(MessageTemplate.Render(new MessageCode("no.such.code"), UiTexts.English), Is.EqualTo("no.such.code"));
    }

    private static string Placeholders(string template) =>
        string.Join(',', System.Text.RegularExpressions.Regex.Matches(template, @"\{(\w+)").Select(m => m.Groups[1].Value).Order());
}
