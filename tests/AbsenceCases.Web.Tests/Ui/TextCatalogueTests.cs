using AbsenceCases.Application;
using AbsenceCases.Application.Coordination;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.Statistics.Indicators;
using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Coordination;
using AbsenceCases.Domain.Notifications;
using AbsenceCases.Domain.Organisation;
using AbsenceCases.Domain.Prevention;
using AbsenceCases.Infrastructure.Persistence;
using AbsenceCases.Web.Ui.Localisation;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>Both languages name everything the pages show, and every English message of the application has Danish.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class TextCatalogueTests(DatabaseProvider provider) : ApiTest(provider)
{
    private static readonly Type[] ShownEnums =
    [
        typeof(CaseStatus), typeof(CaseTrigger), typeof(CaseKind), typeof(DeadlineKind), typeof(DeadlineStatus),
        typeof(AbsenceType), typeof(ConversationForm), typeof(CloseReason), typeof(MeasureStatus),
        typeof(ReviewDecision), typeof(MemberRole), typeof(NotificationKind), typeof(InitiativeType), typeof(ReminderStage),
        typeof(CoreElement), typeof(UnitKind),
    ];

    /// <summary>The case's history actions that are not triggers (AbsenceCase.Record).</summary>
    private static readonly string[] HistoryEvents =
    [
        "SickCallRegistered", "SpellAdded", "FrequentAbsenceTriggered",
        "CoordinationReview", "MeasureAdded", "MeasureChanged", "MeasureCompleted", "MeasureDropped", "Anonymised",
    ];

    [TestCase("da")]
    [TestCase("en")]
    public void ShouldNameEveryValueOfEveryEnumThePagesShow(string language)
    {
        var texts = UiTexts.For(UiCulture.FromLanguage(language));
        var missing = ShownEnums
            .SelectMany(type => Enum.GetNames(type).Select(name => $"{type.Name}.{name}"))
            .Where(key => !texts.Names.ContainsKey(key));

        Assert.That(missing, Is.Empty);
    }

    [TestCase("da")]
    [TestCase("en")]
    public void ShouldNameEveryRoleEveryHistoryActionAndEveryActionsConfirmation(string language)
    {
        var texts = UiTexts.For(UiCulture.FromLanguage(language));
        var triggers = Enum.GetNames<CaseTrigger>();
        var missing = Application.Common.Security.Roles.All.Select(r => $"Role.{r}")
            .Concat(triggers.Concat(HistoryEvents).Select(a => $"History.{a}"))
            .Where(key => !texts.Names.ContainsKey(key))
            .Concat(triggers.Where(t => !texts.Actions.Done.ContainsKey(t)));

        Assert.That(missing, Is.Empty);
    }

    [TestCase("da")]
    [TestCase("en")]
    public void ShouldNameEveryJobTheLengthBandsAndTheConfirmationOfEveryCaseForm(string language)
    {
        var texts = UiTexts.For(UiCulture.FromLanguage(language));
        var missing = ScheduledJobs.Names.Select(job => $"Job.{job}")
            .Concat(Web.Ui.Charts.StatisticsCharts.LengthBands.Select(band => $"LengthBand.{band}"))
            .Where(key => !texts.Names.ContainsKey(key))
            .Concat(new[] { "RequestPossibilityStatement", "RecordRetentionPlanRequest", "AddMeasure", "EditMeasure", "CompleteMeasure", "DropMeasure" }
                .Where(command => !texts.Actions.Done.ContainsKey(command)));

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void ShouldUseTheDanishStateNamesOfTheIssue()
    {
        Assert.That(Enum.GetValues<CaseStatus>().Select(UiTexts.Danish.Name), Is.EqualTo(new[]
        {
            "Sygemeldt", "Første samtale holdt", "I koordinering", "Forebyggelsesplan aftalt", "Afsluttet", "Åben (alle åbne)",
        }));
    }

    [Test]
    public void ShouldHaveDanishForEveryValidationMessage()
    {
        using var scope = Factory.Services.CreateScope();
        var requests = typeof(DependencyInjection).Assembly.GetTypes()
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(i => i.GetGenericArguments()[0])
            .Where(request => !request.ContainsGenericParameters)
            .Distinct();
        var messages = requests
            .SelectMany(request => scope.ServiceProvider.GetServices(typeof(IValidator<>).MakeGenericType(request)).Cast<IValidator>())
            .SelectMany(validator => validator.CreateDescriptor().Rules)
            .SelectMany(rule => rule.Components)
            .Where(component => component.Validator is not FluentValidation.Validators.IChildValidatorAdaptor)
            .Select(component => component.GetUnformattedErrorMessage())
            .Distinct()
            .ToList();

        Assert.That(messages, Has.Count.GreaterThan(10));
        Assert.That(messages.Where(m => DanishMessages.TryTranslate(m) is null), Is.Empty);
    }

    [Test]
    public void ShouldHaveDanishForEveryGuardOfTheWorkflow()
    {
        var guards = CaseWorkflow.Describe().Transitions.SelectMany(t => t.Guards).Distinct().ToList();

        Assert.That(guards, Is.Not.Empty);
        Assert.That(guards.Where(g => DanishMessages.TryTranslate(g) is null), Is.Empty);
    }

    [TestCase("Must be within the last 365 days.", "Skal ligge inden for de seneste 365 dage.")]
    [TestCase("At most 2000 characters.", "Højst 2000 tegn.")]
    [TestCase("Together at most 4000 characters.", "Højst 4000 tegn tilsammen.")]
    [TestCase("Must be a single line without control characters or invalid UTF-8 (found U+000A).",
        "Skal være én linje uden styretegn eller ugyldig UTF-8 (fandt U+000A).")]
    [TestCase("Must not contain control characters or invalid UTF-8 (found U+0001).",
        "Må ikke indeholde styretegn eller ugyldig UTF-8 (fandt U+0001).")]
    [TestCase("The employee is already registered absent (child_illness) from 2026-03-10 to 2026-03-12.",
        "Medarbejderen er allerede registreret fraværende (barns sygdom) fra 10.03.2026 til 12.03.2026.")]
    [TestCase("The absence already covers 2026-03-10; reopen from a later day.", "Fraværet dækker allerede 10.03.2026. Genåbn fra en senere dag.")]
    [TestCase("Expected 5 fields separated by ';', found 3.", "Forventede 5 felter adskilt af ';', men fandt 3.")]
    [TestCase("Overlaps a spell already registered from 2026-01-05.", "Overlapper et fravær, der allerede er registreret fra 05.01.2026.")]
    [TestCase("A team cannot be placed under a municipality.", "En enhed af typen team kan ikke ligge under en af typen municipality.")]
    [TestCase("closed no more than 30 days ago", "sagen skal være afsluttet for højst 30 dage siden")]
    public void ShouldTranslateMessagesWithValues(string english, string danish)
    {
        Assert.That(DanishMessages.Translate(english), Is.EqualTo(danish));
    }

    [Test]
    public void ShouldShowAMessageWithoutATranslationAsItIs()
    {
        Assert.That(DanishMessages.Translate("Something new."), Is.EqualTo("Something new."));
        Assert.That(UiTexts.English.Message("Required."), Is.EqualTo("Required."), "English keeps the application's own text");
    }
}
