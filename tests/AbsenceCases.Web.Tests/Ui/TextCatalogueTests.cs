using AbsenceCases.Domain.Common;
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
            .Concat(Enum.GetNames<CaseHistoryAction>().Select(a => $"History.{a}"))
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
            .Concat(new[] { "RequestPossibilityStatement", "RequestDocumentation", "RecordDocumentationReceived", "RecordRetentionPlanRequest", "AddMeasure", "EditMeasure", "CompleteMeasure", "DropMeasure" }
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
    public void ShouldGiveEveryValidationRuleACodeWithDanishText()
    {
        using var scope = Factory.Services.CreateScope();
        var requests = typeof(DependencyInjection).Assembly.GetTypes()
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(i => i.GetGenericArguments()[0])
            .Where(request => !request.ContainsGenericParameters)
            .Distinct();
        var codes = requests
            .SelectMany(request => scope.ServiceProvider.GetServices(typeof(IValidator<>).MakeGenericType(request)).Cast<IValidator>())
            .SelectMany(validator => validator.CreateDescriptor().Rules)
            .SelectMany(rule => rule.Components)
            .Where(component => component.Validator is not FluentValidation.Validators.IChildValidatorAdaptor)
            .Select(component => component.ErrorCode ?? component.Validator.Name)
            .Distinct()
            .ToList();

        // A rule without a code of its own is reported as a required field (ValidationBehaviour) only when it is one.
        var required = new[] { "NotNullValidator", "NotEmptyValidator" };
        Assert.That(codes, Has.Count.GreaterThan(10));
        Assert.That(codes.Where(code => !UiTexts.Danish.Messages.ContainsKey(code) && !required.Contains(code)), Is.Empty);
    }

    private static readonly TestCaseData[] CodedMessages =
    [
        new(new MessageCode("sickCall.tooFarBack", ("days", 365)), "Skal ligge inden for de seneste 365 dage."),
        new(new MessageCode("field.tooLong", ("max", 2000)), "Højst 2000 tegn."),
        new(new MessageCode("field.tooLongTogether", ("max", 4000)), "Højst 4000 tegn tilsammen."),
        new(new MessageCode("field.notSingleLine", ("found", "U+000A")), "Skal være én linje uden styretegn eller ugyldig UTF-8 (fandt U+000A)."),
        new(new MessageCode(
                "sickCall.alreadyAbsent", ("type", AbsenceType.ChildIllness), ("from", new DateOnly(2026, 3, 10)), ("to", new DateOnly(2026, 3, 12))),
            "Medarbejderen er allerede registreret fraværende (barns sygdom) fra 10.03.2026 til 12.03.2026."),
        new(new MessageCode("import.fieldCount", ("expected", 5), ("found", 3)), "Forventede 5 felter adskilt af ';', men fandt 3."),
        new(new MessageCode("import.overlapsStoredSpell", ("from", new DateOnly(2026, 1, 5))), "Overlapper et fravær, der allerede er registreret fra 05.01.2026."),
    ];

    [TestCaseSource(nameof(CodedMessages))]
    public void ShouldRenderCodedMessagesWithTheirValuesInDanish(MessageCode message, string danish)
    {
        Assert.That(UiTexts.Danish.Message(message), Is.EqualTo(danish));
    }
}
