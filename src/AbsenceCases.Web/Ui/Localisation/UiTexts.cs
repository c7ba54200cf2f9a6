using System.Globalization;

namespace AbsenceCases.Web.Ui.Localisation;

/// <summary>
/// Every text of the UI, typed: one instance per language (<see cref="Danish"/>, <see cref="English"/>), each
/// text a required member so a language without it does not compile. Names of enum values and history actions
/// are looked up by key, and a test checks both languages name every value.
/// </summary>
public sealed partial record UiTexts
{
    /// <summary>The texts of the request's UI culture (set by the localisation middleware).</summary>
    public static UiTexts Current => For(CultureInfo.CurrentUICulture);

    public required CultureInfo Culture { get; init; }

    /// <summary>The value of the html element's lang attribute.</summary>
    public string Language => Culture.TwoLetterISOLanguageName;

    public required LayoutTexts Layout { get; init; }

    public required LoginTexts Login { get; init; }

    public required CaseListTexts Cases { get; init; }

    public required CaseTexts Case { get; init; }

    public required ActionTexts Actions { get; init; }

    public required SickCallTexts SickCall { get; init; }

    public required ImportTexts Import { get; init; }

    public required PolicyTexts Policy { get; init; }

    public required ErrorTexts Errors { get; init; }

    /// <summary>Names of enum values ("CaseStatus.Reported"), roles ("Role.HR") and history actions ("History.SpellAdded").</summary>
    public required IReadOnlyDictionary<string, string> Names { get; init; }

    public static UiTexts For(CultureInfo culture) => UiCulture.IsEnglish(culture) ? English : Danish;

    public string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Names.GetValueOrDefault($"{typeof(TEnum).Name}.{value}", value.ToString());

    public string Name<TEnum>(TEnum? value)
        where TEnum : struct, Enum =>
        value is { } known ? Name(known) : string.Empty;

    public string RoleName(string role) => Names.GetValueOrDefault($"Role.{role}", role);

    /// <summary>A history row's action: a trigger or an event such as SickCallRegistered; unknown actions show as they are.</summary>
    public string HistoryAction(string action) => Names.GetValueOrDefault($"History.{action}", action);

    /// <summary>A message of the application layer (English, as the API answers) in this language.</summary>
    public string Message(string message) => UiCulture.IsEnglish(Culture) ? message : DanishMessages.Translate(message);

    public string Date(DateOnly date) => date.ToString("d", Culture);

    public string Date(DateOnly? date) => date is { } known ? Date(known) : string.Empty;

    public string Time(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Application.Common.Time.MunicipalClock.TimeZone).ToString("g", Culture);
}

public sealed record LayoutTexts
{
    public required string AppName { get; init; }

    public required string SkipToContent { get; init; }

    public required string MainMenu { get; init; }

    public required string SignedInAs { get; init; }

    public required string LogOut { get; init; }

    /// <summary>The name of the other language, in that language: the switch's button.</summary>
    public required string OtherLanguage { get; init; }

    public required string OtherLanguageCode { get; init; }

    public required string SwitchLanguage { get; init; }

    public required string MyCases { get; init; }

    public required string Cases { get; init; }

    public required string NewSickCall { get; init; }

    public required string Imports { get; init; }

    public required string Policy { get; init; }
}

public sealed record LoginTexts
{
    public required string Title { get; init; }

    public required string Intro { get; init; }

    public required string Email { get; init; }

    public required string Password { get; init; }

    public required string Submit { get; init; }

    public required string WrongCredentials { get; init; }

    public required string LockedOut { get; init; }

    public required string EmailRequired { get; init; }

    public required string PasswordRequired { get; init; }

    public required string LoggedOut { get; init; }

    public required string LogoutTitle { get; init; }

    public required string LogoutQuestion { get; init; }
}

public sealed record CaseListTexts
{
    public required string MyCasesTitle { get; init; }

    public required string AllCasesTitle { get; init; }

    public required string StatusFilter { get; init; }

    public required string AllStatuses { get; init; }

    public required string Show { get; init; }

    public required string Employee { get; init; }

    public required string Unit { get; init; }

    public required string Status { get; init; }

    public required string FirstDay { get; init; }

    public required string DaysAbsent { get; init; }

    public required string NextDeadline { get; init; }

    public required string NoDeadline { get; init; }

    public required string NoCases { get; init; }

    public required Func<int, string> Count { get; init; }

    public required Func<int, int, string> PageOf { get; init; }

    public required string Pages { get; init; }

    public required string Previous { get; init; }

    public required string Next { get; init; }
}

public sealed record CaseTexts
{
    public required string EmployeeNumber { get; init; }

    public required string Unit { get; init; }

    public required string Status { get; init; }

    public required string Kind { get; init; }

    public required string FirstDay { get; init; }

    public required string DaysAbsent { get; init; }

    public required string ExpectedReturn { get; init; }

    public required string CareContact { get; init; }

    public required string CoordinationStarted { get; init; }

    public required string ReturnedOn { get; init; }

    public required string ClosedOn { get; init; }

    public required string CloseReason { get; init; }

    public required string Actions { get; init; }

    public required string NoActions { get; init; }

    public required string Deadlines { get; init; }

    public required string Deadline { get; init; }

    public required string DueDate { get; init; }

    public required string DeadlineStatus { get; init; }

    public required string MetOn { get; init; }

    public required string Basis { get; init; }

    public required string NoDeadlines { get; init; }

    public required string Spells { get; init; }

    public required string AbsenceType { get; init; }

    public required string Percent { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required string OpenSpell { get; init; }

    public required string Conversations { get; init; }

    public required string HeldOn { get; init; }

    public required string Form { get; init; }

    public required string Requests { get; init; }

    public required string NoConversations { get; init; }

    public required string PreventionPlan { get; init; }

    public required string AgreedOn { get; init; }

    public required string Measure { get; init; }

    public required string Responsible { get; init; }

    public required string FollowUpOn { get; init; }

    public required string MeasureStatus { get; init; }

    public required string NoPlan { get; init; }

    public required string History { get; init; }

    public required string At { get; init; }

    public required string Action { get; init; }

    public required string FromState { get; init; }

    public required string ToState { get; init; }

    public required string By { get; init; }

    public required string Note { get; init; }
}

public sealed record ActionTexts
{
    /// <summary>The confirmation after an action, by trigger name.</summary>
    public required IReadOnlyDictionary<string, string> Done { get; init; }

    public required string NotPermittedNow { get; init; }

    public required string BackToCase { get; init; }

    public required string Optional { get; init; }

    public required string Note { get; init; }

    public required string NoDiagnosis { get; init; }

    public required string CareContactOn { get; init; }

    public required string HeldOn { get; init; }

    public required string ConversationForm { get; init; }

    public required string ExpectedReturn { get; init; }

    public required string Requests { get; init; }

    public required string PossibilityStatement { get; init; }

    public required string RetentionPlan { get; init; }

    public required string FastTrack { get; init; }

    public required string StartedOn { get; init; }

    public required string NotifiedOn { get; init; }

    public required string RequestedOn { get; init; }

    public required string MadeOn { get; init; }

    public required string PlanContent { get; init; }

    public required string Reason { get; init; }

    public required string AgreedOn { get; init; }

    public required string Measures { get; init; }

    public required string MeasuresHint { get; init; }

    public required Func<int, string> MeasureNumber { get; init; }

    public required string Description { get; init; }

    public required string Responsible { get; init; }

    public required string FollowUpOn { get; init; }

    public required string MoreMeasures { get; init; }

    public required string ReturnedOn { get; init; }

    public required string ReturnedOnHint { get; init; }

    public required string ClosedOn { get; init; }

    public required string CloseReason { get; init; }

    public required string ChooseReason { get; init; }

    public required string ReopenOn { get; init; }

    public required Func<int, string> ReopenHint { get; init; }
}

public sealed record SickCallTexts
{
    public required string Title { get; init; }

    public required string Search { get; init; }

    public required string SearchHint { get; init; }

    public required string SearchButton { get; init; }

    public required string Employee { get; init; }

    public required string ChooseEmployee { get; init; }

    public required Func<int, int, string> Showing { get; init; }

    public required string NoMatches { get; init; }

    public required string FirstDay { get; init; }

    public required string AbsenceType { get; init; }

    public required string Percent { get; init; }

    public required string PercentHint { get; init; }

    public required string ExpectedReturn { get; init; }

    public required string Submit { get; init; }

    public required string Registered { get; init; }

    public required string AddedToOpenCase { get; init; }
}

public sealed record ImportTexts
{
    public required string Title { get; init; }

    public required string Intro { get; init; }

    public required string Kind { get; init; }

    public required string ChooseKind { get; init; }

    public required string Units { get; init; }

    public required string Employees { get; init; }

    public required string Absences { get; init; }

    public required string File { get; init; }

    public required string FileHint { get; init; }

    public required string ChooseFile { get; init; }

    public required string Header { get; init; }

    public required string Submit { get; init; }

    public required Func<int, int, int, string> Imported { get; init; }

    public required Func<int, string> Rejected { get; init; }

    public required string Line { get; init; }

    public required string Column { get; init; }

    public required string Message { get; init; }
}

public sealed record PolicyTexts
{
    public required string Title { get; init; }

    public required string Intro { get; init; }

    public required string Setting { get; init; }

    public required string Value { get; init; }

    public required string Basis { get; init; }

    public required string Key { get; init; }

    public required string CareContact { get; init; }

    public required Func<int, string> CareContactValue { get; init; }

    public required string CareContactBasis { get; init; }

    public required string FirstConversation { get; init; }

    public required Func<int, string> FirstConversationValue { get; init; }

    public required string FirstConversationBasis { get; init; }

    public required string ReminderLead { get; init; }

    public required Func<int, string> ReminderLeadValue { get; init; }

    public required string ReminderLeadBasis { get; init; }

    public required string ReopenWithin { get; init; }

    public required Func<int, string> ReopenWithinValue { get; init; }

    public required string ReopenWithinBasis { get; init; }

    public required string MaxBackdating { get; init; }

    public required Func<int, string> MaxBackdatingValue { get; init; }

    public required string MaxBackdatingBasis { get; init; }
}

public sealed record ErrorTexts
{
    public required string SummaryTitle { get; init; }

    public required string ErrorPrefix { get; init; }

    public required string Stale { get; init; }

    public required string OpenCaseAgain { get; init; }

    public required Func<string, string, string> NotPermitted { get; init; }

    public required Func<string, string> NotPermittedBecause { get; init; }

    public required string OutsideScope { get; init; }

    public required string Required { get; init; }

    public required Func<string, string> ValueInvalid { get; init; }

    public required string MustBeNumber { get; init; }

    public required string ForbiddenTitle { get; init; }

    public required string ForbiddenText { get; init; }

    public required string NotFoundTitle { get; init; }

    public required string NotFoundText { get; init; }

    public required string BadRequestTitle { get; init; }

    public required string BadRequestText { get; init; }

    public required string OtherTitle { get; init; }

    public required string OtherText { get; init; }

    public required string BackToStart { get; init; }
}
