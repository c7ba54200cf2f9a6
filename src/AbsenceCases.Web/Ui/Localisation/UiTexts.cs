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

    public required SingleSignOnTexts SingleSignOn { get; init; }

    public required PasswordTexts Password { get; init; }

    public required CaseListTexts Cases { get; init; }

    public required CaseTexts Case { get; init; }

    public required ActionTexts Actions { get; init; }

    public required SickCallTexts SickCall { get; init; }

    public required ImportTexts Import { get; init; }

    public required PolicyTexts Policy { get; init; }

    public required ErrorTexts Errors { get; init; }

    public required CommonTexts Common { get; init; }

    public required InboxTexts Inbox { get; init; }

    public required EmployeeTexts Employee { get; init; }

    public required PlanTexts Plan { get; init; }

    public required CoordinationTexts Coordination { get; init; }

    public required ReviewTexts Review { get; init; }

    public required GroupFormTexts GroupForm { get; init; }

    public required StatisticsTexts Statistics { get; init; }

    public required IndicatorTexts Indicators { get; init; }

    public required SuccessCriteriaTexts SuccessCriteria { get; init; }

    public required InitiativeTexts Initiatives { get; init; }

    public required AdminTexts Admin { get; init; }

    /// <summary>Names of enum values ("CaseStatus.Reported"), roles ("Role.HR") and history actions ("History.SpellAdded").</summary>
    public required IReadOnlyDictionary<string, string> Names { get; init; }

    /// <summary>The message catalogue of this language: a template per message code.</summary>
    public required IReadOnlyDictionary<string, string> Messages { get; init; }

    public static UiTexts For(CultureInfo culture) => UiCulture.IsEnglish(culture) ? English : Danish;

    public string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Names.GetValueOrDefault($"{typeof(TEnum).Name}.{value}", value.ToString());

    public string Name<TEnum>(TEnum? value)
        where TEnum : struct, Enum =>
        value is { } known ? Name(known) : string.Empty;

    public string RoleName(string role) => Names.GetValueOrDefault($"Role.{role}", role);

    /// <summary>A history row's action: a trigger or an event such as SickCallRegistered; unknown actions show as they are.</summary>
    public string HistoryAction(Domain.Cases.CaseHistoryAction action) => Names.GetValueOrDefault($"History.{action}", action.ToString());

    /// <summary>A coded message in this language.</summary>
    public string Message(Domain.Common.MessageCode message) => Localisation.Messages.MessageTemplate.Render(message, this);

    /// <summary>"Tirsdag", "Tuesday".</summary>
    public string DayName(DayOfWeek day) => Culture.TextInfo.ToTitleCase(Culture.DateTimeFormat.GetDayName(day));

    /// <summary>A rate from the statistics (4 decimals) as the UI shows it: one decimal, in the language's number format.</summary>
    public string Percent(double rate) => rate.ToString("0.0", Culture);

    /// <summary>A change in percentage points, with its sign: "+0,4", "-1,2".</summary>
    public string Points(double change) => change.ToString("+0.0;-0.0;0.0", Culture);

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

    public required string Inbox { get; init; }

    public required Func<int, string> InboxUnread { get; init; }

    public required string Coordination { get; init; }

    public required string Initiatives { get; init; }

    public required string Statistics { get; init; }

    public required string Users { get; init; }

    public required string Jobs { get; init; }

    public required string Audit { get; init; }
}

public sealed record SingleSignOnTexts
{
    public required string SignIn { get; init; }

    public required string OrLocal { get; init; }

    public required string NoAccessTitle { get; init; }

    public required string NoAccessText { get; init; }
}

public sealed record LoginTexts
{
    public required string Title { get; init; }

    public required string Intro { get; init; }

    public required string Email { get; init; }

    public required string Password { get; init; }

    public required string Submit { get; init; }

    public required string WrongCredentials { get; init; }

    /// <summary>Too many failed sign-ins of the account: try again in so many minutes.</summary>
    public required Func<int, string> TooManyAttempts { get; init; }

    public required string EmailRequired { get; init; }

    public required string PasswordRequired { get; init; }

    public required string LoggedOut { get; init; }

    public required string LogoutTitle { get; init; }

    public required string LogoutQuestion { get; init; }
}

public sealed record PasswordTexts
{
    public required string Title { get; init; }

    public required string MustChange { get; init; }

    public required string Current { get; init; }

    public required string New { get; init; }

    public required string Confirm { get; init; }

    public required string Rule { get; init; }

    public required string Submit { get; init; }

    public required string Required { get; init; }

    public required string TooShort { get; init; }

    public required string WrongCurrent { get; init; }

    public required string NotConfirmed { get; init; }

    public required string Changed { get; init; }
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

    public required string Status { get; init; }

    public required string Kind { get; init; }

    public required string FirstDay { get; init; }

    public required string DaysAbsent { get; init; }

    public required string ExpectedReturn { get; init; }

    public required string CareContact { get; init; }

    public required string CoordinationStarted { get; init; }

    public required string ReturnedOn { get; init; }

    public required string ClosedOn { get; init; }

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

    public required string MunicipalityNotified { get; init; }

    public required string FastTrackRequested { get; init; }

    public required string PossibilityStatementRequested { get; init; }

    public required string RetentionPlanRequested { get; init; }

    public required string RetentionPlanMade { get; init; }

    public required string RoundTableHeld { get; init; }

    public required string LastReviewed { get; init; }

    public required string NextReview { get; init; }

    public required string RetentionPlanContent { get; init; }

    public required string AbsencePattern { get; init; }

    public required string PatternHint { get; init; }

    public required string RecentPeriods { get; init; }

    public required string WorkingDaysInYear { get; init; }

    public required string BradfordFactor { get; init; }

    public required string IsFrequent { get; init; }

    public required string AboutEmployee { get; init; }

    public required string EditPlan { get; init; }

    public required string Outcome { get; init; }
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

    public required string RequestPossibilityStatement { get; init; }

    public required string PossibilityStatementHint { get; init; }

    public required string RecordRetentionPlanRequest { get; init; }

    public required string RetentionPlanRequestHint { get; init; }
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

    /// <summary>Marks an employee with an open case in the list of employees to choose from.</summary>
    public required Func<string, string> AbsentOption { get; init; }

    public required string AlreadyAbsent { get; init; }

    public required string AlreadyAbsentHint { get; init; }

    public required Func<string, string> OpenCaseOf { get; init; }
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

    public required string TooManyRequestsTitle { get; init; }

    public required string TooManyRequestsText { get; init; }

    public required string BackToStart { get; init; }
}

/// <summary>Words many pages share.</summary>
public sealed record CommonTexts
{
    public required string Yes { get; init; }

    public required string No { get; init; }

    public required string Save { get; init; }

    public required string Edit { get; init; }

    public required string Delete { get; init; }

    public required string Cancel { get; init; }
}

/// <summary>The inbox: reminders and agendas.</summary>
public sealed record InboxTexts
{
    public required string Title { get; init; }

    public required string Intro { get; init; }

    public required string Show { get; init; }

    public required string All { get; init; }

    public required string OnlyUnread { get; init; }

    public required string Received { get; init; }

    public required string Kind { get; init; }

    public required string Message { get; init; }

    public required string DueDate { get; init; }

    public required string Case { get; init; }

    public required string OpenCase { get; init; }

    public required string OpenBoards { get; init; }

    public required string State { get; init; }

    public required Func<string, string> ReadAt { get; init; }

    public required string MarkRead { get; init; }

    public required string MarkedRead { get; init; }

    public required string Empty { get; init; }

    public required string NoUnread { get; init; }

    public required Func<int, string> Count { get; init; }
}

/// <summary>The employee page: employments, § 56 agreements and the absence pattern.</summary>
public sealed record EmployeeTexts
{
    public required string Employments { get; init; }

    public required string Unit { get; init; }

    public required string WeeklyHours { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required string StaffGroup { get; init; }

    public required string Ongoing { get; init; }

    public required string Section56 { get; init; }

    public required string Section56Intro { get; init; }

    public required string ValidFrom { get; init; }

    public required string ValidTo { get; init; }

    public required string EndedOn { get; init; }

    public required string InForce { get; init; }

    public required string NoAgreements { get; init; }

    public required string RegisterTitle { get; init; }

    public required string Register { get; init; }

    public required string Registered { get; init; }

    public required string EndOn { get; init; }

    public required string End { get; init; }

    public required string Ended { get; init; }
}

/// <summary>The prevention-plan editor: measures added, changed, done or dropped.</summary>
public sealed record PlanTexts
{
    public required string Title { get; init; }

    public required string Intro { get; init; }

    public required string Outcome { get; init; }

    public required string CompletedOn { get; init; }

    public required string Actions { get; init; }

    public required string Add { get; init; }

    public required string Edit { get; init; }

    public required string EditTitle { get; init; }

    public required string Complete { get; init; }

    public required string CompleteTitle { get; init; }

    public required string Drop { get; init; }

    public required string DropTitle { get; init; }

    public required string OutcomeHint { get; init; }

    public required string DropReason { get; init; }

    public required string NoPlan { get; init; }

    public required string Closed { get; init; }

    public required string NoMeasures { get; init; }

    public required string BackToPlan { get; init; }

    public required string FollowUpHint { get; init; }
}

/// <summary>The coordination groups and their weekly board.</summary>
public sealed record CoordinationTexts
{
    public required string Title { get; init; }

    public required string Intro { get; init; }

    public required string Group { get; init; }

    public required string MeetingDay { get; init; }

    public required string Workplaces { get; init; }

    public required string Members { get; init; }

    public required string Composition { get; init; }

    public required string FullComposition { get; init; }

    public required string Incomplete { get; init; }

    public required string OpenBoard { get; init; }

    public required string NewGroup { get; init; }

    public required string EditGroup { get; init; }

    public required string NoGroups { get; init; }

    public required Func<string, string> BoardTitle { get; init; }

    public required Func<string, string> BoardIntro { get; init; }

    public required string Employee { get; init; }

    public required string Status { get; init; }

    public required string DaysAbsent { get; init; }

    public required string Reasons { get; init; }

    public required string NextDeadline { get; init; }

    public required string NoItems { get; init; }

    public required string HoldReview { get; init; }

    public required string Reviews { get; init; }

    public required string NoReviews { get; init; }

    public required string HeldOn { get; init; }

    public required string Attendees { get; init; }

    public required string NextReviewOn { get; init; }

    public required string Note { get; init; }

    public required string Case { get; init; }

    public required string BackToGroups { get; init; }
}

/// <summary>The review meeting form: a decision for several cases at once.</summary>
public sealed record ReviewTexts
{
    public required Func<string, string> Title { get; init; }

    public required string Intro { get; init; }

    public required string HeldOn { get; init; }

    public required string Attendees { get; init; }

    public required string AttendeesHint { get; init; }

    public required string Cases { get; init; }

    public required string Decision { get; init; }

    public required string NoDecision { get; init; }

    public required string Note { get; init; }

    public required string NextReviewOn { get; init; }

    public required string CloseReason { get; init; }

    public required string Measure { get; init; }

    public required string MeasureHint { get; init; }

    public required string Submit { get; init; }

    public required Func<int, string> Recorded { get; init; }

    public required Func<string, string, string> CaseRefused { get; init; }
}

/// <summary>Creating and changing a coordination group.</summary>
public sealed record GroupFormTexts
{
    public required string NewTitle { get; init; }

    public required Func<string, string> EditTitle { get; init; }

    public required string Name { get; init; }

    public required string MeetingDay { get; init; }

    public required string ChooseDay { get; init; }

    public required string Workplaces { get; init; }

    public required string WorkplacesHint { get; init; }

    public required string Members { get; init; }

    public required string MembersHint { get; init; }

    public required Func<int, string> MemberNumber { get; init; }

    public required string MemberName { get; init; }

    public required string MemberRole { get; init; }

    public required string ChooseRole { get; init; }

    public required string MemberUser { get; init; }

    public required string NoUser { get; init; }

    public required string MemberUserHint { get; init; }

    public required string MoreMembers { get; init; }

    public required string Save { get; init; }

    public required string Saved { get; init; }
}

/// <summary>The statistics dashboard and its charts.</summary>
public sealed record StatisticsTexts
{
    public required string Title { get; init; }

    public required string Intro { get; init; }

    public required string Unit { get; init; }

    public required string WholeOrganisation { get; init; }

    public required string AllMyUnits { get; init; }

    public required string Show { get; init; }

    public required Func<string, string, string> PeriodOf { get; init; }

    public required Func<string, string> AsOf { get; init; }

    public required string MonthlyTitle { get; init; }

    public required Func<string, string> MonthlyLabel { get; init; }

    public required string LastTwelveMonths { get; init; }

    public required string YearBefore { get; init; }

    public required string WorkplacesTitle { get; init; }

    public required Func<string, string> WorkplacesLabel { get; init; }

    public required string PilotTitle { get; init; }

    public required Func<string, string> PilotLabel { get; init; }

    public required string Pilots { get; init; }

    public required string Others { get; init; }

    public required string PilotMark { get; init; }

    public required string LengthTitle { get; init; }

    public required Func<string, string> LengthLabel { get; init; }

    public required string Month { get; init; }

    public required string Workplace { get; init; }

    public required string Length { get; init; }

    public required string Rate { get; init; }

    public required string NoData { get; init; }

    public required string Exports { get; init; }

    public required string ExportsHint { get; init; }

    public required string Csv { get; init; }

    public required string Xlsx { get; init; }

    public required string IndicatorsLink { get; init; }

    public required string SuccessCriteriaLink { get; init; }

    public required Func<string, string> TableOf { get; init; }
}

/// <summary>The implementation indicators with their targets.</summary>
public sealed record IndicatorTexts
{
    public required string Title { get; init; }

    public required string Intro { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required string Element { get; init; }

    public required string Indicator { get; init; }

    public required string Counted { get; init; }

    public required Func<int, int, string> CountedOf { get; init; }

    public required string Value { get; init; }

    public required string Target { get; init; }

    public required string Status { get; init; }

    public required string Met { get; init; }

    public required string NotMet { get; init; }

    public required string NoData { get; init; }

    public required string AllMet { get; init; }

    public required string NotAllMet { get; init; }

    public required string ChartTitle { get; init; }

    public required Func<string, string> ChartLabel { get; init; }
}

/// <summary>The project's success criteria.</summary>
public sealed record SuccessCriteriaTexts
{
    public required string Title { get; init; }

    public required string Intro { get; init; }

    public required string BaselineFrom { get; init; }

    public required string BaselineTo { get; init; }

    public required string ProjectFrom { get; init; }

    public required string ProjectTo { get; init; }

    public required string Criterion1 { get; init; }

    public required string Criterion1Text { get; init; }

    public required string Group { get; init; }

    public required string Baseline { get; init; }

    public required string Project { get; init; }

    public required string Change { get; init; }

    public required string DifferenceInDifferences { get; init; }

    public required string Achieved { get; init; }

    public required string NotAchieved { get; init; }

    public required string PilotWorkplaces { get; init; }

    public required string Criterion2 { get; init; }

    public required string Criterion2Text { get; init; }

    public required string ChartTitle { get; init; }

    public required Func<string, string> ChartLabel { get; init; }

    public required string Initiatives { get; init; }

    public required Func<int, string> InitiativesText { get; init; }

    public required string Before { get; init; }

    public required string After { get; init; }

    public required string NoInitiatives { get; init; }
}

/// <summary>The workplaces' prevention initiatives.</summary>
public sealed record InitiativeTexts
{
    public required string Title { get; init; }

    public required string Intro { get; init; }

    public required string Workplace { get; init; }

    public required string Type { get; init; }

    public required string Description { get; init; }

    public required string StartOn { get; init; }

    public required string EndOn { get; init; }

    public required string Ongoing { get; init; }

    public required string New { get; init; }

    public required string EditTitle { get; init; }

    public required string DeleteTitle { get; init; }

    public required string DeleteQuestion { get; init; }

    public required string ChooseWorkplace { get; init; }

    public required string ChooseType { get; init; }

    public required string WorkplaceFixed { get; init; }

    public required string Saved { get; init; }

    public required string Created { get; init; }

    public required string Deleted { get; init; }

    public required string None { get; init; }

    public required string Back { get; init; }
}

/// <summary>Users and scheduled jobs.</summary>
public sealed record AdminTexts
{
    public required string UsersTitle { get; init; }

    public required string UsersIntro { get; init; }

    public required string Name { get; init; }

    public required string Email { get; init; }

    public required string Roles { get; init; }

    public required string RolesHint { get; init; }

    public required string ManagedUnits { get; init; }

    public required string ManagedUnitsHint { get; init; }

    public required string Blocked { get; init; }

    public required string Active { get; init; }

    public required string NewUser { get; init; }

    public required string EditUser { get; init; }

    public required string Password { get; init; }

    public required string PasswordHint { get; init; }

    public required string BlockedLabel { get; init; }

    public required string Save { get; init; }

    public required string Created { get; init; }

    public required string Saved { get; init; }

    public required string JobsTitle { get; init; }

    public required string JobsIntro { get; init; }

    public required string Job { get; init; }

    public required string Description { get; init; }

    public required string RunNow { get; init; }

    public required Func<string, string> Ran { get; init; }

    public required string Count { get; init; }

    public required string NoCounts { get; init; }
}
