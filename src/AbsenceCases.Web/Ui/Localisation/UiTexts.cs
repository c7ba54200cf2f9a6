namespace AbsenceCases.Web.Ui.Localisation;

/// <summary>
/// Every text of the UI, typed, in two instances: <see cref="Danish"/> and <see cref="English"/>. Each text is one
/// member of a section that gives its Danish and its English side by side, so neither language can lack it. Names of
/// enum values, roles and history actions are looked up by key (<see cref="Names"/>); coded messages come from the
/// language's message catalogue.
/// </summary>
public sealed partial record UiTexts(CultureInfo Culture, IReadOnlyDictionary<string, string> Messages)
{
    public static readonly UiTexts Danish = new(UiCulture.Danish, Localisation.Messages.DanishMessageTexts.Templates);
    public static readonly UiTexts English = new(UiCulture.English, Localisation.Messages.EnglishMessageTexts.Templates);

    /// <summary>The texts of the request's UI culture (set by the localisation middleware).</summary>
    public static UiTexts Current => For(CultureInfo.CurrentUICulture);

    /// <summary>The value of the html element's lang attribute.</summary>
    public string Language => Culture.TwoLetterISOLanguageName;

    public LayoutTexts Layout { get; } = new(Culture);
    public LoginTexts Login { get; } = new(Culture);
    public SingleSignOnTexts SingleSignOn { get; } = new(Culture);
    public PasswordTexts Password { get; } = new(Culture);
    public CaseListTexts Cases { get; } = new(Culture);
    public CaseTexts Case { get; } = new(Culture);
    public ActionTexts Actions { get; } = new(Culture);
    public SickCallTexts SickCall { get; } = new(Culture);
    public ImportTexts Import { get; } = new(Culture);
    public PolicyTexts Policy { get; } = new(Culture);
    public ErrorTexts Errors { get; } = new(Culture);
    public CommonTexts Common { get; } = new(Culture);
    public InboxTexts Inbox { get; } = new(Culture);
    public EmployeeTexts Employee { get; } = new(Culture);
    public PlanTexts Plan { get; } = new(Culture);
    public CoordinationTexts Coordination { get; } = new(Culture);
    public ReviewTexts Review { get; } = new(Culture);
    public GroupFormTexts GroupForm { get; } = new(Culture);
    public StatisticsTexts Statistics { get; } = new(Culture);
    public IndicatorTexts Indicators { get; } = new(Culture);
    public SuccessCriteriaTexts SuccessCriteria { get; } = new(Culture);
    public InitiativeTexts Initiatives { get; } = new(Culture);
    public MeasurementTexts Measurements { get; } = new(Culture);
    public FollowUpTexts FollowUps { get; } = new(Culture);
    public WellbeingAbsenceTexts WellbeingAbsence { get; } = new(Culture);
    public GoodExampleTexts GoodExamples { get; } = new(Culture);
    public ContactPersonTexts ContactPersons { get; } = new(Culture);
    public AdminTexts Admin { get; } = new(Culture);
    public AuditTexts Audit { get; } = new(Culture);
    public PrintTexts Print { get; } = new(Culture);
    public SelfServiceTexts SelfService { get; } = new(Culture);
    public TwoFactorTexts TwoFactor { get; } = new(Culture);

    /// <summary>Names of enum values ("CaseStatus.Reported"), roles ("Role.HR") and history actions ("History.SpellAdded").</summary>
    public IReadOnlyDictionary<string, string> Names { get; } = BilingualTexts.Keyed(Culture, UiNames.All);

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

    /// <summary>An amount in kroner with øre, in the language's number format: "1.250,00", "1,250.00".</summary>
    public string Kroner(decimal? amount) => amount?.ToString("N2", Culture) ?? string.Empty;

    public string Date(DateOnly date) => date.ToString("d", Culture);

    public string Date(DateOnly? date) => date is { } known ? Date(known) : string.Empty;

    public string Time(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Application.Common.Time.MunicipalClock.TimeZone).ToString("g", Culture);
}
