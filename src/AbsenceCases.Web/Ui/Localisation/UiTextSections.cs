namespace AbsenceCases.Web.Ui.Localisation;

public sealed class LayoutTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string AppName => Text("Sygefravær", "Sickness absence");
    public string SkipToContent => Text("Spring til indholdet", "Skip to content");
    public string MainMenu => Text("Hovedmenu", "Main menu");
    public string SignedInAs => Text("Logget ind som", "Logged in as");
    public string LogOut => Text("Log ud", "Log out");

    /// <summary>The name of the other language, in that language: the switch's button.</summary>
    public string OtherLanguage => Text("English", "Dansk");
    public string OtherLanguageCode => Text("en", "da");
    public string SwitchLanguage => Text("Skift sprog til engelsk", "Switch language to Danish");
    public string MyCases => Text("Mine sager", "My cases");
    public string Cases => Text("Sager", "Cases");
    public string NewSickCall => Text("Ny sygemelding", "New sick call");
    public string Imports => Text("Import", "Imports");
    public string Policy => Text("Politik og frister", "Policy and deadlines");
    public string Inbox => Text("Indbakke", "Inbox");
    public Func<int, string> InboxUnread => Text<Func<int, string>>(
        count => count == 1 ? "1 ulæst besked" : $"{count} ulæste beskeder",
        count => count == 1 ? "1 unread message" : $"{count} unread messages");
    public string Coordination => Text("Koordinering", "Coordination");
    public string Initiatives => Text("Forebyggelse", "Prevention");
    public string Measurements => Text("Målinger", "Measurements");
    public string GoodExamples => Text("Gode eksempler", "Good examples");
    public string Statistics => Text("Statistik", "Statistics");
    public string Users => Text("Brugere", "Users");
    public string Jobs => Text("Job", "Jobs");
    public string Audit => Text("Revisionslog", "Audit log");
    public string ContactPersons => Text("Kontaktpersoner", "Contact persons");

    /// <summary>The manager's line under the menu: who their unit turns to for support.</summary>
    public Func<string, string> ContactPersonOf => Text<Func<string, string>>(
        unit => $"Kontaktperson for {unit}:", unit => $"Contact person for {unit}:");
}

public sealed class LoginTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Title => Text("Log ind", "Log in");
    public string Intro => Text("Log ind med din arbejdsmail og adgangskode.", "Log in with your work e-mail and password.");
    public string Email => Text("E-mail", "E-mail");
    public string Password => Text("Adgangskode", "Password");
    public string Submit => Text("Log ind", "Log in");
    public string WrongCredentials => Text("Forkert e-mail eller adgangskode.", "Wrong e-mail or password.");

    /// <summary>Too many failed sign-ins of the account: try again in so many minutes.</summary>
    public Func<int, string> TooManyAttempts => Text<Func<int, string>>(
        minutes => $"For mange mislykkede forsøg på at logge ind. Prøv igen om {minutes} {(minutes == 1 ? "minut" : "minutter")}.",
        minutes => $"Too many failed sign-in attempts. Try again in {minutes} {(minutes == 1 ? "minute" : "minutes")}.");
    public string EmailRequired => Text("Skriv din e-mail.", "Enter your e-mail.");
    public string PasswordRequired => Text("Skriv din adgangskode.", "Enter your password.");
    public string LoggedOut => Text("Du er logget ud.", "You are logged out.");
    public string LogoutTitle => Text("Log ud", "Log out");
    public string LogoutQuestion => Text("Vil du logge ud?", "Do you want to log out?");
}

public sealed class SingleSignOnTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string SignIn => Text("Log ind med kommunens login", "Log in with the municipality's login");
    public string OrLocal => Text("Eller log ind med e-mail og adgangskode:", "Or log in with e-mail and password:");
    public string NoAccessTitle => Text("Ingen adgang endnu — kontakt HR", "No access yet — contact HR");
    public string NoAccessText => Text(
        "Du er kendt af kommunens login, men har endnu ingen adgang til sygefraværssagerne. Kontakt HR, så de kan give dig den rolle og de enheder, du skal arbejde med.",
        "The municipality's login knows you, but you have no access to the absence cases yet. Contact HR to be given the role and the units you work with.");
}

public sealed class PasswordTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Title => Text("Skift adgangskode", "Change password");
    public string MustChange => Text(
        "Du har fået en adgangskode udleveret. Vælg din egen, før du fortsætter.",
        "You were given a password. Choose your own before you go on.");
    public string Current => Text("Nuværende adgangskode", "Current password");
    public string New => Text("Ny adgangskode", "New password");
    public string Confirm => Text("Gentag ny adgangskode", "Repeat the new password");
    public string Rule => Text("Mindst 12 tegn. En sætning, du kan huske, er god.", "At least 12 characters. A sentence you can remember is good.");
    public string Submit => Text("Skift adgangskode", "Change password");
    public string Required => Text("Udfyld feltet.", "Fill in the field.");
    public string TooShort => Text("Adgangskoden skal have mindst 12 tegn.", "The password must have at least 12 characters.");
    public string WrongCurrent => Text("Den nuværende adgangskode er forkert.", "The current password is wrong.");
    public string NotConfirmed => Text("De to nye adgangskoder er ikke ens.", "The two new passwords differ.");
    public string Changed => Text("Din adgangskode er skiftet. Log ind med den nye.", "Your password has been changed. Sign in with the new one.");
}

/// <summary>
/// The code step of the sign-in, the enrolment of an authenticator app, its replacement by a new one, and the admin's
/// reset.
/// </summary>
public sealed class TwoFactorTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string CodeTitle => Text("Kode fra godkender-appen", "Code from the authenticator app");
    public string CodeIntro => Text(
        "Skriv den sekscifrede kode, som godkender-appen på din telefon viser. Har du mistet telefonen, kan du skrive en af dine gendannelseskoder.",
        "Enter the six-digit code that the authenticator app on your phone shows. If you lost your phone, enter one of your recovery codes.");
    public string Code => Text("Kode", "Code");
    public string CodeHint => Text("6 cifre, eller en gendannelseskode som ABCDE-FGHIJ.", "6 digits, or a recovery code like ABCDE-FGHIJ.");
    public string CodeRequired => Text("Skriv koden.", "Enter the code.");
    public string WrongCode => Text("Koden er forkert eller for gammel.", "The code is wrong or too old.");
    public string SignIn => Text("Log ind", "Log in");
    public string Title => Text("Totrinsbekræftelse", "Two-factor authentication");
    public string MustEnrol => Text(
        "Din rolle kræver totrinsbekræftelse. Sæt den op, før du fortsætter.",
        "Your role requires two-factor authentication. Set it up before you continue.");
    public string Intro => Text(
        "Med totrinsbekræftelse skal du, når du logger ind, ud over adgangskoden skrive en kode fra en godkender-app på din telefon, fx Microsoft Authenticator eller Google Authenticator.",
        "With two-factor authentication you enter, beside your password, a code from an authenticator app on your phone when you log in, e.g. Microsoft Authenticator or Google Authenticator.");
    public string Scan => Text(
        "1. Scan QR-koden med godkender-appen, eller skriv nøglen ind i appen.",
        "1. Scan the QR code with the authenticator app, or type the key into the app.");
    public string QrCode => Text("QR-kode med nøglen til godkender-appen", "QR code with the key for the authenticator app");
    public string Key => Text("Nøgle", "Key");
    public string Confirm => Text(
        "2. Skriv den kode, appen viser, for at bekræfte, at den er sat op.",
        "2. Enter the code the app shows to confirm that it is set up.");
    public string ConfirmCode => Text("Kode fra appen", "Code from the app");
    public string WrongEnrolmentCode => Text(
        "Koden passer ikke. Tjek, at telefonens ur går rigtigt, og skriv den nyeste kode.",
        "The code does not match. Check that your phone's clock is right and enter the newest code.");
    public string Enable => Text("Slå totrinsbekræftelse til", "Turn on two-factor authentication");
    public string Enabled => Text("Totrinsbekræftelse er slået til for din konto.", "Two-factor authentication is on for your account.");
    public string LostPhone => Text(
        "Mister du telefonen, kan du logge ind med en af dine gendannelseskoder.",
        "If you lose your phone, you can log in with one of your recovery codes.");
    public string RecoveryCodes => Text("Dine gendannelseskoder", "Your recovery codes");
    public string RecoveryIntro => Text(
        "Gem koderne et sikkert sted, fx udskrevet. Hver kode kan bruges én gang i stedet for koden fra appen. De bliver kun vist nu.",
        "Keep the codes somewhere safe, e.g. printed. Each code can be used once instead of the app's code. They are shown only now.");
    public string Continue => Text("Fortsæt", "Continue");
    public string NewAppIntro => Text(
        "Har du fået en ny telefon, kan du flytte totrinsbekræftelsen til en ny godkender-app. Den gamle app virker, indtil den nye er bekræftet.",
        "If you have a new phone, you can move two-factor authentication to a new authenticator app. The old app keeps working until the new one is confirmed.");
    public string NewApp => Text("Sæt en ny app op", "Set up a new app");
    public string NewAppTitle => Text("Ny godkender-app", "New authenticator app");
    public string ConfirmNewApp => Text("Skift til den nye app", "Switch to the new app");
    public string KeepOldApp => Text("Behold den gamle app", "Keep the old app");
    public string AppReplaced => Text(
        "Den nye godkender-app er sat op. Den gamle app og de gamle gendannelseskoder virker ikke længere.",
        "The new authenticator app is set up. The old app and the old recovery codes no longer work.");
    public string AdminState => Text("Totrinsbekræftelse", "Two-factor authentication");
    public string AdminOn => Text("Brugeren logger ind med en kode fra en godkender-app.", "The user logs in with a code from an authenticator app.");
    public string AdminReset => Text("Nulstil totrinsbekræftelse", "Reset two-factor authentication");
    public string AdminResetHint => Text(
        "Fx hvis brugeren har mistet sin telefon. Godkender-appen og gendannelseskoderne holder op med at virke, og brugeren bliver logget ud. Kræver brugerens rolle totrinsbekræftelse, skal en ny app sættes op ved næste login.",
        "E.g. if the user lost their phone. The authenticator app and the recovery codes stop working, and the user is signed out. If the user's role requires two-factor authentication, a new app is set up at the next sign-in.");
    public string AdminResetDone => Text(
        "Totrinsbekræftelsen er nulstillet, og brugeren er logget ud.",
        "Two-factor authentication is reset, and the user is signed out.");
}

public sealed class CaseListTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string MyCasesTitle => Text("Mine sager", "My cases");
    public string AllCasesTitle => Text("Sager", "Cases");
    public string StatusFilter => Text("Status", "Status");
    public string AllStatuses => Text("Alle", "All");
    public string Show => Text("Vis", "Show");
    public string Employee => Text("Medarbejder", "Employee");
    public string Unit => Text("Enhed", "Unit");
    public string Status => Text("Status", "Status");
    public string FirstDay => Text("Første sygedag", "First sick day");
    public string DaysAbsent => Text("Fraværsdage", "Days absent");
    public string NextDeadline => Text("Næste frist", "Next deadline");
    public string NoDeadline => Text("Ingen", "None");
    public string NoCases => Text("Der er ingen sager.", "There are no cases.");
    public Func<int, string> Count => Text<Func<int, string>>(
        total => total == 1 ? "1 sag" : $"{total} sager",
        total => total == 1 ? "1 case" : $"{total} cases");
    public Func<int, int, string> PageOf => Text<Func<int, int, string>>(
        (page, pages) => $"Side {page} af {pages}",
        (page, pages) => $"Page {page} of {pages}");
    public string Pages => Text("Sider", "Pages");
    public string Previous => Text("Forrige", "Previous");
    public string Next => Text("Næste", "Next");
}

public sealed class CaseTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string EmployeeNumber => Text("Medarbejdernr.", "Employee no.");
    public string Status => Text("Status", "Status");
    public string Kind => Text("Sagstype", "Kind of case");
    public string FirstDay => Text("Første sygedag", "First sick day");
    public string DaysAbsent => Text("Fraværsdage", "Days absent");
    public string ExpectedReturn => Text("Forventet tilbage", "Expected back");
    public string CareContact => Text("Omsorgskontakt", "Care contact");
    public string CoordinationStarted => Text("Koordinering startet", "Coordination started");
    public string ReturnedOn => Text("Tilbage på arbejde", "Back at work");
    public string ClosedOn => Text("Afsluttet", "Closed");
    public string Actions => Text("Handlinger", "Actions");
    public string NoActions => Text("Ingen handlinger er mulige i sagens nuværende tilstand.", "No action is possible in the case's current state.");
    public string Deadlines => Text("Frister", "Deadlines");
    public string Deadline => Text("Frist", "Deadline");
    public string DueDate => Text("Senest", "Due");
    public string DeadlineStatus => Text("Status", "Status");
    public string MetOn => Text("Opfyldt", "Met");
    public string Basis => Text("Grundlag", "Basis");
    public string NoDeadlines => Text("Sagen har ingen frister.", "The case has no deadlines.");
    public string Spells => Text("Fraværsperioder", "Absence periods");
    public string AbsenceType => Text("Fraværstype", "Absence type");
    public string Percent => Text("Procent", "Percent");
    public string From => Text("Fra", "From");
    public string To => Text("Til", "To");
    public string OpenSpell => Text("stadig fraværende", "still absent");
    public string Conversations => Text("Samtaler", "Conversations");
    public string HeldOn => Text("Holdt", "Held");
    public string Form => Text("Form", "Form");
    public string Requests => Text("Aftalt", "Agreed");
    public string NoConversations => Text("Der er ikke holdt samtaler endnu.", "No conversation has been held yet.");
    public string PreventionPlan => Text("Forebyggelsesplan", "Prevention plan");
    public string AgreedOn => Text("Aftalt den", "Agreed on");
    public string Measure => Text("Tiltag", "Measure");
    public string Responsible => Text("Ansvarlig", "Responsible");
    public string FollowUpOn => Text("Opfølgning", "Follow-up");
    public string MeasureStatus => Text("Status", "Status");
    public string NoPlan => Text("Der er ingen forebyggelsesplan.", "There is no prevention plan.");
    public string History => Text("Historik", "History");
    public string At => Text("Tidspunkt", "Time");
    public string Action => Text("Handling", "Action");
    public string FromState => Text("Fra", "From");
    public string ToState => Text("Til", "To");
    public string By => Text("Af", "By");
    public string Note => Text("Note", "Note");
    public string MunicipalityNotified => Text("Anmeldt til kommunen", "Municipality notified");
    public string FastTrackRequested => Text("Fast track anmodet (§ 7c)", "Fast track requested (§ 7c)");
    public string PossibilityStatementRequested => Text("Mulighedserklæring anmodet", "Possibility statement requested");
    public string RetentionPlanRequested => Text("Fastholdelsesplan ønsket (§ 7b)", "Retention plan asked for (§ 7b)");
    public string RetentionPlanMade => Text("Fastholdelsesplan lavet", "Retention plan made");
    public string RoundTableHeld => Text("Rundbordssamtale holdt", "Round-table meeting held");
    public string LastReviewed => Text("Seneste sagsgennemgang", "Last review");
    public string NextReview => Text("Næste sagsgennemgang", "Next review");
    public string RetentionPlanContent => Text("Fastholdelsesplanen", "The retention plan");
    public string AbsencePattern => Text("Fraværsmønster", "Absence pattern");
    public string PatternHint => Text(
        "Vises kun for medarbejderens leder, koordineringsgruppen og HR.",
        "Shown only to the employee's manager, the coordination group and HR.");
    public string RecentPeriods => Text("Fraværsperioder det seneste halve år", "Absence periods in the last half year");
    public string WorkingDaysInYear => Text("Arbejdsdage med fravær det seneste år", "Working days absent in the last year");
    public string BradfordFactor => Text("Bradford-faktor", "Bradford factor");
    public string IsFrequent => Text("Hyppigt fravær", "Frequent absence");
    public string AboutEmployee => Text("Medarbejderens ansættelser og § 56-aftaler", "The employee's employments and § 56 agreements");
    public string EditPlan => Text("Ret forebyggelsesplanen", "Edit the prevention plan");
    public string Documentation => Text("Dokumentation fra lægen", "Documentation from the doctor");
    public string DocumentationKind => Text("Dokumentation", "Documentation");
    public string RequestedOn => Text("Anmodet", "Requested");
    public string ExpectedBy => Text("Forventet senest", "Expected by");
    public string ReceivedOn => Text("Modtaget", "Received");
    public string CostDkk => Text("Pris (kr.)", "Cost (DKK)");
    public string NotReceived => Text("ikke modtaget", "not received");
    public string NoDocumentation => Text("Der er ikke anmodet om dokumentation.", "No documentation has been requested.");
    public string Outcome => Text("Resultat", "Outcome");
}

public sealed class ActionTexts(CultureInfo culture) : BilingualTexts(culture)
{
    /// <summary>The confirmation after an action, by trigger name.</summary>
    public IReadOnlyDictionary<string, string> Done { get; } = Keyed(culture, new()
    {
        ["RecordCareContact"] = ("Omsorgskontakten er registreret.", "The care contact is recorded."),
        ["HoldFirstConversation"] = ("Den første samtale er registreret.", "The first conversation is recorded."),
        ["StartCoordination"] = ("Sagen er taget i koordinering.", "The case is in coordination."),
        ["AgreePreventionPlan"] = ("Forebyggelsesplanen er gemt.", "The prevention plan is saved."),
        ["RegisterGradualReturn"] = ("Den delvise raskmelding er registreret.", "The gradual return is recorded."),
        ["RegisterReturn"] = ("Tilbagevenden er registreret.", "The return to work is recorded."),
        ["Close"] = ("Sagen er afsluttet.", "The case is closed."),
        ["Reopen"] = ("Sagen er genåbnet.", "The case is reopened."),
        ["NotifyMunicipality"] = ("Anmeldelsen til kommunen er registreret.", "The notification to the municipality is recorded."),
        ["RequestFastTrack"] = ("Anmodningen om fast track er registreret.", "The fast-track request is recorded."),
        ["MakeRetentionPlan"] = ("Fastholdelsesplanen er registreret.", "The retention plan is recorded."),
        ["HoldRoundTableMeeting"] = ("Rundbordssamtalen er registreret.", "The round-table meeting is recorded."),
        ["RequestPossibilityStatement"] = ("Anmodningen om mulighedserklæring er registreret.", "The request for a possibility statement is recorded."),
        ["RecordRetentionPlanRequest"] = ("Medarbejderens ønske om en fastholdelsesplan er registreret.", "The employee's request for a retention plan is recorded."),
        ["RequestDocumentation"] = ("Anmodningen om dokumentation er registreret.", "The request for documentation is recorded."),
        ["RecordDocumentationReceived"] = ("Den modtagne dokumentation er registreret.", "The documentation received is recorded."),
        ["AddMeasure"] = ("Tiltaget er tilføjet.", "The measure is added."),
        ["EditMeasure"] = ("Tiltaget er rettet.", "The measure is changed."),
        ["CompleteMeasure"] = ("Tiltaget er registreret som gennemført.", "The measure is recorded as done."),
        ["DropMeasure"] = ("Tiltaget er opgivet.", "The measure is dropped."),
    });
    public string NotPermittedNow => Text(
        "Handlingen er ikke mulig i sagens nuværende tilstand.",
        "This action is not possible in the case's current state.");
    public string BackToCase => Text("Tilbage til sagen", "Back to the case");
    public string Optional => Text("(kan udelades)", "(optional)");
    public string Note => Text("Note", "Note");
    public string NoDiagnosis => Text(
        "Skriv aldrig en diagnose eller andre helbredsoplysninger (helbredsoplysningsloven § 2).",
        "Never write a diagnosis or other health information (helbredsoplysningsloven § 2, the Danish Health Information Act).");
    public string CareContactOn => Text("Dato for kontakten", "Date of contact");
    public string HeldOn => Text("Samtalen blev holdt", "Conversation held on");
    public string ConversationForm => Text("Samtaleform", "Form of conversation");
    public string ExpectedReturn => Text("Forventet tilbage", "Expected back");
    public string Requests => Text("Aftalt under samtalen", "Agreed in the conversation");
    public string PossibilityStatement => Text("Mulighedserklæring", "Possibility statement");
    public string RetentionPlan => Text("Fastholdelsesplan (§ 7b)", "Retention plan (§ 7b)");
    public string FastTrack => Text("Tidlig opfølgning, fast track (§ 7c)", "Early follow-up, fast track (§ 7c)");
    public string StartedOn => Text("Startdato", "Start date");
    public string NotifiedOn => Text("Anmeldt via NemRefusion den", "Reported through NemRefusion on");
    public string RequestedOn => Text("Anmodet den", "Requested on");
    public string MadeOn => Text("Udarbejdet den", "Made on");
    public string PlanContent => Text(
        "Planens indhold (aftaler om arbejdsopgaver, tid og skånehensyn)",
        "Content of the plan (agreed tasks, hours and considerations)");
    public string Reason => Text("Begrundelse", "Reason");
    public string AgreedOn => Text("Aftalt den", "Agreed on");
    public string Measures => Text("Tiltag", "Measures");
    public string MeasuresHint => Text(
        "Mindst ét tiltag med ansvarlig og opfølgningsdato. Tomme rækker springes over.",
        "At least one measure with a responsible person and a follow-up date. Empty rows are skipped.");
    public Func<int, string> MeasureNumber => Text<Func<int, string>>(n => $"Tiltag {n}", n => $"Measure {n}");
    public string Description => Text("Beskrivelse", "Description");
    public string Responsible => Text("Ansvarlig", "Responsible");
    public string FollowUpOn => Text("Opfølgning", "Follow-up");
    public string MoreMeasures => Text("Flere tiltag", "More measures");
    public string GradualReturnFrom => Text("Delvis raskmeldt fra", "Partly back at work from");
    public string GradualReturnFromHint => Text(
        "Fraværet med den hidtidige procent slutter dagen før. Dagen skal ligge efter fraværets første dag.",
        "The absence at the present percent ends the day before. The day must lie after the first day of the absence.");
    public string AbsencePercent => Text("Fraværsprocent fra den dag", "Absence percent from that day");
    public string AbsencePercentHint => Text(
        "Den del af arbejdstiden, medarbejderen stadig er syg: 50 betyder halv tid på arbejde. Fuld tilbagevenden registreres med Registrer tilbagevenden.",
        "The share of working time the employee is still sick: 50 means half time at work. Register a full return with Register return.");
    public string ReturnedOn => Text("Første dag tilbage på arbejde", "First day back at work");
    public string ReturnedOnHint => Text(
        "Fraværet slutter dagen før. En sag, der stadig står som Sygemeldt, afsluttes samtidig.",
        "The absence ends the day before. A case still Reported is closed at the same time.");
    public string ClosedOn => Text("Afsluttet den", "Closed on");
    public string CloseReason => Text("Årsag", "Reason");
    public string ChooseReason => Text("Vælg årsag", "Choose a reason");
    public string ReopenOn => Text("Syg igen fra", "Sick again from");
    public Func<int, string> ReopenHint => Text<Func<int, string>>(
        days => $"Tilbagefald inden for {days} dage efter afslutningen.",
        days => $"A relapse within {days} days of closing.");
    public string RequestPossibilityStatement => Text("Anmod om mulighedserklæring", "Request a possibility statement");
    public string PossibilityStatementHint => Text(
        "Den dag, lægen blev bedt om en mulighedserklæring.",
        "The day the doctor was asked for a possibility statement.");
    public string RecordRetentionPlanRequest => Text("Registrer ønske om fastholdelsesplan (§ 7b)", "Record a request for a retention plan (§ 7b)");
    public string DocumentationKind => Text("Dokumentation", "Documentation");
    public string ChooseDocumentationKind => Text("Vælg dokumentation", "Choose the documentation");
    public string ExpectedBy => Text("Forventet modtaget senest", "Expected by");
    public string ExpectedByHint => Text(
        "Uden dato gælder politikkens frist for denne slags dokumentation (se Politik og frister).",
        "Without a date the policy's deadline for this kind of documentation applies (see Policy and deadlines).");
    public string DocumentationHint => Text(
        "Kun slags og datoer registreres, aldrig dokumentet eller dets indhold.",
        "Only the kind and the dates are recorded, never the document or what it says.");
    public string ReceivedOn => Text("Modtaget den", "Received on");
    public string CostDkk => Text("Pris i kr.", "Cost in DKK");
    public string CostHint => Text("Lægens honorar, fx 450,00.", "The doctor's fee, e.g. 450.00.");
    public string RetentionPlanRequestHint => Text(
        "Medarbejderen kan selv bede om en fastholdelsesplan. Planen skal så være klar senest i uge 8.",
        "The employee may ask for a retention plan. The plan is then due by week 8.");
}

public sealed class SickCallTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Title => Text("Registrer sygemelding", "Register sick call");
    public string Search => Text("Søg medarbejder", "Search employee");
    public string SearchHint => Text("Navn eller medarbejdernummer.", "Name or employee number.");
    public string SearchButton => Text("Søg", "Search");
    public string Employee => Text("Medarbejder", "Employee");
    public string ChooseEmployee => Text("Vælg medarbejder", "Choose employee");
    public Func<int, int, string> Showing => Text<Func<int, int, string>>(
        (shown, total) => $"Viser {shown} af {total} medarbejdere. Søg for at finde andre.",
        (shown, total) => $"Showing {shown} of {total} employees. Search to find others.");
    public string NoMatches => Text("Ingen medarbejdere passer til søgningen.", "No employee matches the search.");
    public string FirstDay => Text("Første sygedag", "First sick day");
    public string AbsenceType => Text("Fraværstype", "Absence type");
    public string Percent => Text("Procent", "Percent");
    public string PercentHint => Text(
        "100 ved fuld sygemelding, mindre ved delvis sygemelding.",
        "100 for full sick leave, less for partial sick leave.");
    public string ExpectedReturn => Text("Forventet tilbage", "Expected back");
    public string Submit => Text("Registrer sygemelding", "Register sick call");
    public string Registered => Text("Sygemeldingen er registreret.", "The sick call is registered.");
    public string AddedToOpenCase => Text("Fraværet er føjet til medarbejderens åbne sag.", "The absence is added to the employee's open case.");

    /// <summary>Marks an employee with an open case in the list of employees to choose from.</summary>
    public Func<string, string> AbsentOption => Text<Func<string, string>>(option => $"{option} – fraværende", option => $"{option} – absent");
    public string AlreadyAbsent => Text("Allerede fraværende", "Already absent");
    public string AlreadyAbsentHint => Text(
        "En ny sygemelding for dem føjes til deres åbne sag.",
        "A new sick call for them is added to their open case.");
    public Func<string, string> OpenCaseOf => Text<Func<string, string>>(name => $"Sagen for {name}", name => $"The case of {name}");
}

public sealed class ImportTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Title => Text("Import", "Imports");
    public string Intro => Text(
        "Indlæs data fra lønsystemet. En fil med fejl indlæses slet ikke; alle fejl vises med linjenummer.",
        "Load data from the payroll system. A file with errors loads nothing; every error is shown with its line number.");
    public string Kind => Text("Filen indeholder", "The file holds");
    public string ChooseKind => Text("Vælg hvad filen indeholder.", "Choose what the file holds.");
    public string Units => Text("Enheder (units.csv)", "Units (units.csv)");
    public string Employees => Text("Medarbejdere (employees.csv)", "Employees (employees.csv)");
    public string Absences => Text("Fravær (absences.csv)", "Absences (absences.csv)");
    public string File => Text("CSV-fil", "CSV file");
    public string FileHint => Text(
        "UTF-8, semikolonsepareret, med overskriftsrække. Datoer skrives åååå-mm-dd.",
        "UTF-8, separated by semicolons, with a header row. Dates as yyyy-mm-dd.");
    public string ChooseFile => Text("Vælg en fil.", "Choose a file.");
    public string Header => Text("Forventet overskriftsrække", "Expected header row");
    public string Submit => Text("Importér", "Import");
    public Func<int, int, int, string> Imported => Text<Func<int, int, int, string>>(
        (imported, updated, unchanged) =>
        $"Filen er indlæst: {imported} nye, {updated} ændrede og {unchanged} uændrede rækker.",
        (imported, updated, unchanged) =>
        $"The file is imported: {imported} new, {updated} changed and {unchanged} unchanged rows.");
    public Func<int, string> Rejected => Text<Func<int, string>>(
        count => count == 1
        ? "Filen blev afvist, og intet er indlæst. Ret fejlen herunder, og prøv igen."
        : $"Filen blev afvist, og intet er indlæst. Ret de {count} fejl herunder, og prøv igen.",
        count => count == 1
        ? "The file was rejected and nothing was imported. Correct the error below and try again."
        : $"The file was rejected and nothing was imported. Correct the {count} errors below and try again.");
    public string Line => Text("Linje", "Line");
    public string Column => Text("Kolonne", "Column");
    public string Message => Text("Fejl", "Error");
}

public sealed class PolicyTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Title => Text("Politik og frister", "Policy and deadlines");
    public string Intro => Text(
        "Kommunens indstillinger for frister og påmindelser. Siden kan kun læses; indstillingerne ændres i konfigurationen.",
        "The municipality's settings for deadlines and reminders. This page is read-only; the settings are changed in the configuration.");
    public string Setting => Text("Indstilling", "Setting");
    public string Value => Text("Værdi", "Value");
    public string Basis => Text("Grundlag", "Basis");
    public string Key => Text("Nøgle", "Key");
    public string CareContact => Text("Omsorgskontakt", "Care contact");
    public Func<int, string> CareContactValue => Text<Func<int, string>>(
        days => $"Senest dag {days + 1} (første sygedag + {days} dage)",
        days => $"By day {days + 1} (first sick day + {days} days)");
    public string CareContactBasis => Text(
        "Lokal politik: kontakt dag 1, 5 og 14 (1-5-14-modellen)",
        "Local policy: contact on day 1, 5 and 14 (the 1-5-14 model)");
    public string FirstConversation => Text("Sygefraværssamtale", "Absence conversation");
    public Func<int, string> FirstConversationValue => Text<Func<int, string>>(
        days => $"Senest første sygedag + {days} dage",
        days => $"By first sick day + {days} days");
    public string FirstConversationBasis => Text(
        "Sygedagpengeloven § 7a: senest 4 uger efter første sygedag",
        "Sickness Benefit Act § 7a: no later than 4 weeks after the first sick day");
    public string ReminderLead => Text("Påmindelse", "Reminder");
    public Func<int, string> ReminderLeadValue => Text<Func<int, string>>(
        days => $"{days} dage før fristen",
        days => $"{days} days before the deadline");
    public string ReminderLeadBasis => Text("Fristen vises som snart forfalden fra da", "The deadline shows as due from then");
    public string ReopenWithin => Text("Genåbning ved tilbagefald", "Reopening on relapse");
    public Func<int, string> ReopenWithinValue => Text<Func<int, string>>(
        days => $"Inden for {days} dage efter afslutningen",
        days => $"Within {days} days of closing");
    public string ReopenWithinBasis => Text("Lokal politik", "Local policy");
    public string MaxBackdating => Text("Tilbagedatering af sygemelding", "Backdating a sick call");
    public Func<int, string> MaxBackdatingValue => Text<Func<int, string>>(days => $"Højst {days} dage tilbage", days => $"At most {days} days back");
    public string MaxBackdatingBasis => Text("Lokal politik", "Local policy");
    public Func<int, string> DocumentationValue => Text<Func<int, string>>(
        days => $"Forventet senest {days} dage efter anmodningen",
        days => $"Expected by {days} days after the request");
    public string DocumentationBasis => Text(
        "Lokal politik; en dato ved anmodningen går forud. Påmindelse til lederen, når den er overskredet",
        "Local policy; a date given with the request comes first. A reminder to the manager once it has passed");
}

public sealed class ErrorTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string SummaryTitle => Text("Ret følgende, før du fortsætter", "Correct the following before you go on");
    public string ErrorPrefix => Text("Fejl", "Error");
    public string Stale => Text(
        "Sagen er ændret, siden du åbnede formularen. Åbn sagen igen, og se ændringerne, før du prøver igen.",
        "The case has changed since you opened the form. Open the case again and look at the changes before you try again.");
    public string OpenCaseAgain => Text("Åbn sagen igen", "Open the case again");
    public Func<string, string, string> NotPermitted => Text<Func<string, string, string>>(
        (action, state) => $"{action} er ikke mulig, når sagen har status {state}.",
        (action, state) => $"{action} is not possible while the case is {state}.");
    public Func<string, string> NotPermittedBecause => Text<Func<string, string>>(
        reasons => $"Handlingen er ikke mulig: {reasons}.",
        reasons => $"The action is not possible: {reasons}.");
    public string Required => Text("Skal udfyldes.", "Required.");
    public Func<string, string> ValueInvalid => Text<Func<string, string>>(
        value => $"Værdien '{value}' er ikke gyldig.",
        value => $"The value '{value}' is not valid.");
    public string MustBeNumber => Text("Skal være et tal.", "Must be a number.");
    public string ForbiddenTitle => Text("Ingen adgang", "No access");
    public string ForbiddenText => Text(
        "Du har ikke adgang til denne side. Den hører under en enhed eller en rolle, du ikke har adgang til.",
        "You do not have access to this page. It belongs to a unit or a role you do not have access to.");
    public string NotFoundTitle => Text("Siden findes ikke", "Page not found");
    public string NotFoundText => Text("Siden eller sagen findes ikke. Tjek adressen.", "The page or case does not exist. Check the address.");
    public string BadRequestTitle => Text("Forespørgslen kunne ikke behandles", "The request could not be handled");
    public string BadRequestText => Text(
        "Formularen er måske udløbet. Gå tilbage, genindlæs siden, og prøv igen.",
        "The form may have expired. Go back, reload the page and try again.");
    public string OtherTitle => Text("Der opstod en fejl", "An error occurred");
    public string OtherText => Text("Prøv igen om lidt.", "Try again in a moment.");
    public string TooManyRequestsTitle => Text("For mange forsøg", "Too many attempts");
    public string TooManyRequestsText => Text(
        "Der er kommet for mange forsøg på at logge ind fra din adresse. Vent lidt, og prøv igen.",
        "Too many sign-in attempts have come from your address. Wait a moment and try again.");
    public string BackToStart => Text("Til forsiden", "To the front page");
}

/// <summary>Words many pages share.</summary>
public sealed class CommonTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Yes => Text("Ja", "Yes");
    public string No => Text("Nej", "No");
    public string Save => Text("Gem", "Save");
    public string Edit => Text("Ret", "Edit");
    public string Delete => Text("Slet", "Delete");
    public string Cancel => Text("Fortryd", "Cancel");
}

/// <summary>The inbox: reminders and agendas.</summary>
public sealed class InboxTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Title => Text("Indbakke", "Inbox");
    public string Intro => Text(
        "Påmindelser om frister og koordineringsgruppens dagsorden for ugens sagsgennemgang.",
        "Reminders of deadlines and the coordination group's agenda for the weekly review.");
    public string Show => Text("Vis", "Show");
    public string All => Text("Alle beskeder", "All messages");
    public string OnlyUnread => Text("Kun ulæste", "Unread only");
    public string Received => Text("Modtaget", "Received");
    public string Kind => Text("Type", "Type");
    public string Message => Text("Besked", "Message");
    public string DueDate => Text("Frist", "Deadline");
    public string Case => Text("Sag", "Case");
    public string OpenCase => Text("Åbn sagen", "Open the case");
    public string OpenBoards => Text("Se tavlerne", "See the boards");
    public string OpenFollowUp => Text("Åbn opfølgningen", "Open the follow-up");
    public string State => Text("Status", "Status");
    public Func<string, string> ReadAt => Text<Func<string, string>>(at => $"Læst {at}", at => $"Read {at}");
    public string MarkRead => Text("Markér som læst", "Mark as read");
    public string MarkedRead => Text("Beskeden er markeret som læst.", "The message is marked as read.");
    public string Empty => Text("Der er ingen beskeder.", "There are no messages.");
    public string NoUnread => Text("Du har ingen ulæste beskeder.", "You have no unread messages.");
    public Func<int, string> Count => Text<Func<int, string>>(
        count => count == 1 ? "1 besked" : $"{count} beskeder",
        count => count == 1 ? "1 message" : $"{count} messages");
}

/// <summary>The employee page: employments, § 56 agreements and the absence pattern.</summary>
public sealed class EmployeeTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Employments => Text("Ansættelser", "Employments");
    public string Unit => Text("Enhed", "Unit");
    public string WeeklyHours => Text("Timer pr. uge", "Hours per week");
    public string From => Text("Fra", "From");
    public string To => Text("Til", "To");
    public string StaffGroup => Text("Personalegruppe", "Staff group");
    public string Ongoing => Text("fortsat", "ongoing");
    public string EmploymentNumber => Text("Ansættelsesnr.", "Employment no.");
    public string ConcurrentEmployments => Text("Samtidige ansættelser i dag", "Concurrent employments today");
    public string ConcurrentIntro => Text(
        "Medarbejderen har flere ansættelser på samme tid. Sager hører til enheden med flest timer på første fraværsdag; lederne af alle enhederne ser sagerne.",
        "The employee holds several employments at once. Cases belong to the unit with most hours on the first day of absence; the managers of every unit see the cases.");
    public string History => Text("Alle ansættelser", "All employments");
    public string Section56 => Text("§ 56-aftaler", "§ 56 agreements");
    public string Section56Intro => Text(
        "En § 56-aftale (sygedagpengeloven) om kronisk eller langvarig sygdom gælder i to år. Fravær, som aftalen dækker, tæller ikke med, når hyppigt fravær vurderes. Aftalen registreres kun med datoer, aldrig med oplysninger om sygdommen.",
        "A § 56 agreement (Sickness Benefit Act) on chronic or long-lasting illness is valid for two years. Absence it covers does not count when frequent absence is assessed. The agreement is registered with its dates only, never with anything about the illness.");
    public string ValidFrom => Text("Gælder fra", "Valid from");
    public string ValidTo => Text("Gælder til", "Valid to");
    public string EndedOn => Text("Afsluttet", "Ended");
    public string InForce => Text("Gælder nu", "In force");
    public string NoAgreements => Text("Medarbejderen har ingen § 56-aftaler.", "The employee has no § 56 agreements.");
    public string RegisterTitle => Text("Registrer § 56-aftale", "Register a § 56 agreement");
    public string Register => Text("Registrer aftalen", "Register the agreement");
    public string Registered => Text("§ 56-aftalen er registreret.", "The § 56 agreement is registered.");
    public string EndOn => Text("Afslut den", "End on");
    public string End => Text("Afslut aftalen", "End the agreement");
    public string Ended => Text("§ 56-aftalen er afsluttet.", "The § 56 agreement is ended.");
}

/// <summary>The prevention-plan editor: measures added, changed, done or dropped.</summary>
public sealed class PlanTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Title => Text("Forebyggelsesplan", "Prevention plan");
    public string Intro => Text(
        "Planens tiltag med ansvarlig og opfølgningsdato. Kun planlagte tiltag kan rettes, gennemføres eller opgives.",
        "The plan's measures with the person responsible and a follow-up date. Only planned measures can be changed, completed or dropped.");
    public string Outcome => Text("Resultat", "Outcome");
    public string CompletedOn => Text("Gennemført den", "Completed on");
    public string Actions => Text("Handlinger", "Actions");
    public string Add => Text("Tilføj tiltag", "Add a measure");
    public string Edit => Text("Ret", "Edit");
    public string EditTitle => Text("Ret tiltag", "Edit the measure");
    public string Complete => Text("Gennemført", "Done");
    public string CompleteTitle => Text("Registrer tiltaget som gennemført", "Record the measure as done");
    public string Drop => Text("Opgiv", "Drop");
    public string DropTitle => Text("Opgiv tiltaget", "Drop the measure");
    public string OutcomeHint => Text("Hvad kom der ud af tiltaget?", "What came of the measure?");
    public string DropReason => Text("Hvorfor opgives tiltaget?", "Why is the measure dropped?");
    public string NoPlan => Text(
        "Sagen har ingen forebyggelsesplan endnu. Den aftales med handlingen Aftal forebyggelsesplan, når sagen er i koordinering.",
        "The case has no prevention plan yet. It is agreed with the action Agree prevention plan once the case is in coordination.");
    public string Closed => Text("Sagen er afsluttet, så planen kan ikke ændres.", "The case is closed, so the plan cannot change.");
    public string NoMeasures => Text("Planen har ingen tiltag.", "The plan has no measures.");
    public string BackToPlan => Text("Tilbage til planen", "Back to the plan");
    public string FollowUpHint => Text("Datoen, hvor tiltaget skal følges op.", "The day the measure is to be followed up.");
}

/// <summary>The coordination groups and their weekly board.</summary>
public sealed class CoordinationTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Title => Text("Koordinering", "Coordination");
    public string Intro => Text(
        "Koordineringsgrupperne gennemgår hver uge de sager fra deres arbejdspladser, der kræver gruppen.",
        "Every week the coordination groups review the cases of their workplaces that need them.");
    public string Group => Text("Gruppe", "Group");
    public string MeetingDay => Text("Mødedag", "Meeting day");
    public string Workplaces => Text("Arbejdspladser", "Workplaces");
    public string Members => Text("Medlemmer", "Members");
    public string Composition => Text("Sammensætning", "Composition");
    public string FullComposition => Text("Leder, medarbejderrepræsentant og HR", "Leader, employee representative and HR");
    public string Incomplete => Text("Mangler leder, medarbejderrepræsentant eller HR", "Lacks a leader, an employee representative or HR");
    public string OpenBoard => Text("Ugens tavle", "This week's board");
    public string NewGroup => Text("Opret koordineringsgruppe", "Create a coordination group");
    public string EditGroup => Text("Ret gruppen", "Edit the group");
    public string NoGroups => Text("Der er ingen koordineringsgrupper, du har adgang til.", "There are no coordination groups you have access to.");
    public Func<string, string> BoardTitle => Text<Func<string, string>>(group => $"Tavle: {group}", group => $"Board: {group}");
    public Func<string, string> BoardIntro => Text<Func<string, string>>(
        day => $"Sagerne, der kræver gruppen pr. {day}, de mest presserende først.",
        day => $"The cases that need the group as of {day}, the most urgent first.");
    public string Employee => Text("Medarbejder", "Employee");
    public string Status => Text("Status", "Status");
    public string DaysAbsent => Text("Fraværsdage", "Days absent");
    public string Reasons => Text("Derfor er sagen på tavlen", "Why the case is on the board");
    public string NextDeadline => Text("Næste frist", "Next deadline");
    public string NoItems => Text("Ingen sager kræver gruppen i denne uge.", "No cases need the group this week.");
    public string HoldReview => Text("Hold sagsgennemgang", "Hold the review meeting");
    public string Reviews => Text("Sagsgennemgange", "Review meetings");
    public string NoReviews => Text("Der er ikke holdt sagsgennemgange endnu.", "No review meetings have been held yet.");
    public string HeldOn => Text("Holdt", "Held on");
    public string Attendees => Text("Deltagere", "Attendees");
    public string NextReviewOn => Text("Næste gennemgang", "Next review");
    public string Note => Text("Note", "Note");
    public string Case => Text("Sag", "Case");
    public string BackToGroups => Text("Alle koordineringsgrupper", "All coordination groups");
}

/// <summary>The review meeting form: a decision for several cases at once.</summary>
public sealed class ReviewTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public Func<string, string> Title => Text<Func<string, string>>(group => $"Sagsgennemgang: {group}", group => $"Review meeting: {group}");
    public string Intro => Text(
        "Vælg en beslutning for hver sag, gruppen har drøftet. Sager uden beslutning kommer ikke med.",
        "Choose a decision for each case the group discussed. Cases without a decision are left out.");
    public string HeldOn => Text("Mødedato", "Meeting date");
    public string Attendees => Text("Deltagere", "Attendees");
    public string AttendeesHint => Text("Én deltager pr. linje.", "One attendee per line.");
    public string Cases => Text("Sagerne på tavlen", "The cases on the board");
    public string Decision => Text("Beslutning", "Decision");
    public string NoDecision => Text("Ingen beslutning", "No decision");
    public string Note => Text("Note", "Note");
    public string NextReviewOn => Text("Næste gennemgang", "Next review");
    public string CloseReason => Text("Årsag, hvis sagen afsluttes", "Reason, if the case is closed");
    public string Measure => Text("Tiltag, hvis der aftales en forebyggelsesplan", "Measure, if a prevention plan is agreed");
    public string MeasureHint => Text(
        "Planen får dette ene tiltag; flere tilføjes bagefter på sagens plan.",
        "The plan gets this one measure; add more afterwards on the case's plan.");
    public string Submit => Text("Gem sagsgennemgangen", "Save the review meeting");
    public Func<int, string> Recorded => Text<Func<int, string>>(
        count => count == 1 ? "Sagsgennemgangen er gemt med 1 beslutning." : $"Sagsgennemgangen er gemt med {count} beslutninger.",
        count => count == 1 ? "The review meeting is saved with 1 decision." : $"The review meeting is saved with {count} decisions.");
    public Func<string, string, string> CaseRefused => Text<Func<string, string, string>>(
        (employee, reason) => $"{employee}: {reason}",
        (employee, reason) => $"{employee}: {reason}");
}

/// <summary>Creating and changing a coordination group.</summary>
public sealed class GroupFormTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string NewTitle => Text("Opret koordineringsgruppe", "Create a coordination group");
    public Func<string, string> EditTitle => Text<Func<string, string>>(group => $"Ret {group}", group => $"Edit {group}");
    public string Name => Text("Navn", "Name");
    public string MeetingDay => Text("Mødedag", "Meeting day");
    public string ChooseDay => Text("Vælg dag", "Choose a day");
    public string Workplaces => Text("Arbejdspladser", "Workplaces");
    public string WorkplacesHint => Text(
        "Gruppen gennemgår sagerne fra disse arbejdspladser og deres teams.",
        "The group reviews the cases of these workplaces and their teams.");
    public string Members => Text("Medlemmer", "Members");
    public string MembersHint => Text(
        "En fuld gruppe har en leder, en medarbejderrepræsentant og en fra HR. Tomme rækker springes over.",
        "A full group has a leader, an employee representative and someone from HR. Empty rows are skipped.");
    public Func<int, string> MemberNumber => Text<Func<int, string>>(number => $"Medlem {number}", number => $"Member {number}");
    public string MemberName => Text("Navn", "Name");
    public string MemberRole => Text("Rolle", "Role");
    public string ChooseRole => Text("Vælg rolle", "Choose a role");
    public string MemberUser => Text("Bruger i systemet", "User of the system");
    public string NoUser => Text("Ingen (kun navnet)", "None (the name only)");
    public string MemberUserHint => Text(
        "Vælg brugeren, hvis medlemmet skal se tavlen og få dagsordenen.",
        "Choose the user if the member is to see the board and get the agenda.");
    public string MoreMembers => Text("Flere medlemmer", "More members");
    public string Save => Text("Gem gruppen", "Save the group");
    public string Saved => Text("Koordineringsgruppen er gemt.", "The coordination group is saved.");
}

/// <summary>The statistics dashboard and its charts.</summary>
public sealed class StatisticsTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Title => Text("Statistik", "Statistics");
    public string Intro => Text(
        "Sygefravær efter Danmarks Statistiks og KRL's definition: egen sygdom og arbejdsskade i procent af de mulige arbejdsdage. Barns sygdom tæller ikke med.",
        "Sickness absence by the definition of Statistics Denmark and KRL: own illness and work injury as a percentage of the possible working days. A child's illness does not count.");
    public string Unit => Text("Enhed", "Unit");
    public string WholeOrganisation => Text("Hele organisationen", "The whole organisation");
    public string AllMyUnits => Text("Alle mine enheder", "All my units");
    public string Show => Text("Vis", "Show");
    public Func<string, string, string> PeriodOf => Text<Func<string, string, string>>(
        (from, to) => $"{from} til {to}",
        (from, to) => $"{from} to {to}");
    public Func<string, string> AsOf => Text<Func<string, string>>(
        day => $"Åbne fravær er talt med til og med {day}.",
        day => $"Open absences are counted up to and including {day}.");
    public string MonthlyTitle => Text("Sygefravær pr. måned", "Sickness absence by month");
    public Func<string, string> MonthlyLabel => Text<Func<string, string>>(
        unit => $"Søjlediagram over sygefraværsprocenten pr. måned for {unit} de seneste 12 måneder og samme måned året før",
        unit => $"Bar chart of the sickness absence rate by month for {unit} in the last 12 months and the same month a year earlier");
    public string LastTwelveMonths => Text("Seneste 12 måneder", "Last 12 months");
    public string YearBefore => Text("Samme måned året før", "Same month a year earlier");
    public string WorkplacesTitle => Text("Sygefravær pr. arbejdsplads", "Sickness absence by workplace");
    public Func<string, string> WorkplacesLabel => Text<Func<string, string>>(
        period => $"Søjlediagram over sygefraværsprocenten pr. arbejdsplads, {period}",
        period => $"Bar chart of the sickness absence rate by workplace, {period}");
    public string PilotTitle => Text("Pilotarbejdspladser og øvrige arbejdspladser", "Pilot workplaces and the other workplaces");
    public Func<string, string> PilotLabel => Text<Func<string, string>>(
        period => $"Søjlediagram over sygefraværsprocenten pr. måned for pilotarbejdspladserne og de øvrige arbejdspladser, {period}",
        period => $"Bar chart of the sickness absence rate by month for the pilot workplaces and the other workplaces, {period}");
    public string Pilots => Text("Pilotarbejdspladser", "Pilot workplaces");
    public string Others => Text("Øvrige arbejdspladser", "Other workplaces");
    public string PilotMark => Text("pilot", "pilot");
    public string LengthTitle => Text("Sygefravær efter fraværsperiodens længde", "Sickness absence by length of the absence period");
    public Func<string, string> LengthLabel => Text<Func<string, string>>(
        period => $"Søjlediagram over sygefraværsprocenten fordelt på korte, mellemlange og lange fraværsperioder, {period}",
        period => $"Bar chart of the sickness absence rate split into short, medium and long absence periods, {period}");
    public string Month => Text("Måned", "Month");
    public string Workplace => Text("Arbejdsplads", "Workplace");
    public string Length => Text("Fraværsperiodens længde", "Length of the absence period");
    public string Rate => Text("Fraværsprocent", "Absence rate");
    public string NoData => Text("Der er ingen data for perioden.", "There are no data for the period.");
    public string Exports => Text("Hent tallene", "Download the figures");
    public string ExportsHint => Text(
        "Sygefraværet pr. måned og enhed for de seneste 12 måneder, med samme valg af enhed som herover.",
        "Sickness absence by month and unit for the last 12 months, for the unit chosen above.");
    public string Csv => Text("CSV-fil", "CSV file");
    public string Xlsx => Text("Excel-fil (XLSX)", "Excel file (XLSX)");
    public string IndicatorsLink => Text("Implementeringsindikatorer", "Implementation indicators");
    public string SuccessCriteriaLink => Text("Succeskriterier", "Success criteria");
    public Func<string, string> TableOf => Text<Func<string, string>>(
        chart => $"Tallene bag diagrammet: {chart}",
        chart => $"The figures behind the chart: {chart}");
}

/// <summary>The implementation indicators with their targets.</summary>
public sealed class IndicatorTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Title => Text("Implementeringsindikatorer", "Implementation indicators");
    public string Intro => Text(
        "Hvor godt de fem kerneelementer bruges i hverdagen, målt mod kommunens mål.",
        "How well the five core elements are used in daily work, measured against the municipality's targets.");
    public string From => Text("Fra måned", "From month");
    public string To => Text("Til måned", "To month");
    public string Element => Text("Kerneelement", "Core element");
    public string Indicator => Text("Indikator", "Indicator");
    public string Counted => Text("Antal", "Count");
    public Func<int, int, string> CountedOf => Text<Func<int, int, string>>(
        (numerator, denominator) => $"{numerator} af {denominator}",
        (numerator, denominator) => $"{numerator} of {denominator}");
    public string Value => Text("Opnået", "Achieved");
    public string Target => Text("Mål", "Target");
    public string Status => Text("Status", "Status");
    public string Met => Text("Nået", "Met");
    public string NotMet => Text("Ikke nået", "Not met");
    public string NoData => Text("Ingen data", "No data");
    public string AllMet => Text("Alle indikatorer med data er på målet.", "Every indicator with data is at its target.");
    public string NotAllMet => Text("Ikke alle indikatorer er på målet.", "Not every indicator is at its target.");
    public string ChartTitle => Text("Opnået og mål", "Achieved and target");
    public Func<string, string> ChartLabel => Text<Func<string, string>>(
        period => $"Søjlediagram over hver indikators opnåede andel og mål i procent, {period}",
        period => $"Bar chart of each indicator's achieved share and target in percent, {period}");
}

/// <summary>The project's success criteria.</summary>
public sealed class SuccessCriteriaTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Title => Text("Succeskriterier", "Success criteria");
    public string Intro => Text(
        "Projektets to succeskriterier: et fald i sygefraværet og en tydelig implementering af de fem elementer i hverdagen.",
        "The project's two success criteria: a fall in sickness absence and a clear implementation of the five elements in daily work.");
    public string BaselineFrom => Text("Basisperiode fra", "Baseline from");
    public string BaselineTo => Text("Basisperiode til", "Baseline to");
    public string ProjectFrom => Text("Projektperiode fra", "Project period from");
    public string ProjectTo => Text("Projektperiode til", "Project period to");
    public string Criterion1 => Text("1. Fald i sygefraværet", "1. A fall in sickness absence");
    public string Criterion1Text => Text(
        "Pilotarbejdspladsernes sygefravær i projektperioden mod basisperioden, ved siden af samme udvikling for de øvrige arbejdspladser. Kriteriet er opfyldt, når pilotarbejdspladsernes fravær er faldet og er faldet mere end de øvriges.",
        "The pilot workplaces' sickness absence in the project period against the baseline, beside the same change for the other workplaces. The criterion is achieved when the pilot workplaces' absence fell, and fell more than the others'.");
    public string Group => Text("Gruppe", "Group");
    public string Baseline => Text("Basisperiode", "Baseline");
    public string Project => Text("Projektperiode", "Project period");
    public string Change => Text("Ændring (procentpoint)", "Change (percentage points)");
    public string DifferenceInDifferences => Text(
        "Pilotarbejdspladsernes ændring minus de øvriges (procentpoint)",
        "The pilot workplaces' change minus the others' (percentage points)");
    public string Achieved => Text("Opfyldt", "Achieved");
    public string NotAchieved => Text("Ikke opfyldt", "Not achieved");
    public string PilotWorkplaces => Text("Pilotarbejdspladserne hver for sig", "The pilot workplaces one by one");
    public string Criterion2 => Text("2. De fem elementer i hverdagen", "2. The five elements in daily work");
    public string Criterion2Text => Text(
        "Kriteriet er opfyldt, når hver implementeringsindikator med data for pilotarbejdspladserne er på målet i projektperioden.",
        "The criterion is achieved when every implementation indicator with data for the pilot workplaces is at its target in the project period.");
    public string ChartTitle => Text("Basisperiode og projektperiode", "Baseline and project period");
    public Func<string, string> ChartLabel => Text<Func<string, string>>(
        period => $"Søjlediagram over sygefraværsprocenten i basisperioden og projektperioden for pilotarbejdspladserne og de øvrige arbejdspladser, {period}",
        period => $"Bar chart of the sickness absence rate in the baseline and the project period for the pilot workplaces and the other workplaces, {period}");
    public string Initiatives => Text("Forebyggende indsatser før og efter", "Prevention initiatives before and after");
    public Func<int, string> InitiativesText => Text<Func<int, string>>(
        months => $"Sygefraværet på indsatsens arbejdsplads i de {months} måneder før den begyndte og i lige så mange måneder fra dens start (færre, så længe de ikke er gået).",
        months => $"The sickness absence of the initiative's workplace in the {months} months before it began and in as many months from its start (fewer while they have not passed).");
    public string Before => Text("Før", "Before");
    public string After => Text("Efter", "After");
    public string NoInitiatives => Text("Der er ingen forebyggende indsatser, der er begyndt.", "No prevention initiative has begun.");
}

/// <summary>The workplaces' prevention initiatives.</summary>
public sealed class InitiativeTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Title => Text("Forebyggende indsatser", "Prevention initiatives");
    public string Intro => Text(
        "Indsatser på arbejdspladserne, fx et tilbud ved høje følelsesmæssige krav eller en arbejdspladsvurdering.",
        "Initiatives at the workplaces, such as an offer for high emotional demands or a work-environment assessment.");
    public string Workplace => Text("Arbejdsplads", "Workplace");
    public string Type => Text("Type", "Type");
    public string Description => Text("Beskrivelse", "Description");
    public string StartOn => Text("Start", "Start");
    public string EndOn => Text("Slut", "End");
    public string Ongoing => Text("løbende", "ongoing");
    public string New => Text("Opret indsats", "Create an initiative");
    public string EditTitle => Text("Ret indsats", "Edit the initiative");
    public string DeleteTitle => Text("Slet indsats", "Delete the initiative");
    public string DeleteQuestion => Text(
        "Vil du slette indsatsen? Det kan ikke fortrydes.",
        "Do you want to delete the initiative? This cannot be undone.");
    public string ChooseWorkplace => Text("Vælg arbejdsplads", "Choose a workplace");
    public string ChooseType => Text("Vælg type", "Choose a type");
    public string WorkplaceFixed => Text(
        "En indsats bliver på sin arbejdsplads. Opret en ny indsats for en anden arbejdsplads.",
        "An initiative stays at its workplace. Create a new initiative for another workplace.");
    public string Saved => Text("Indsatsen er gemt.", "The initiative is saved.");
    public string Created => Text("Indsatsen er oprettet.", "The initiative is created.");
    public string Deleted => Text("Indsatsen er slettet.", "The initiative is deleted.");
    public string None => Text("Der er ingen forebyggende indsatser.", "There are no prevention initiatives.");
    public string Back => Text("Tilbage til indsatserne", "Back to the initiatives");
}

/// <summary>Wellbeing measurements and their results.</summary>
public sealed class MeasurementTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Title => Text("Trivselsmålinger", "Wellbeing measurements");
    public string Intro => Text(
        "Målinger af trivsel og arbejdsmiljø på arbejdspladserne, med resultater pr. enhed og dimension.",
        "Measurements of wellbeing and the work environment at the workplaces, with results by unit and dimension.");
    public string None => Text("Der er ingen målinger.", "There are no measurements.");
    public string New => Text("Opret måling", "Create a measurement");
    public string Name => Text("Navn", "Name");
    public string Kind => Text("Type", "Kind");
    public string ChooseKind => Text("Vælg type", "Choose a kind");
    public string Fielded => Text("Måleperiode", "Fielded");
    public string FieldedFrom => Text("Måleperiodens start", "Fielded from");
    public string FieldedTo => Text("Måleperiodens slutning", "Fielded to");
    public string PublishedOn => Text("Offentliggjort", "Published");
    public string NotPublished => Text("ikke endnu", "not yet");
    public string FollowUpOf => Text("Følger op på", "Follows up");
    public string NoFollowUp => Text("Ingen (ikke en opfølgning)", "None (not a follow-up)");
    public string ResultCount => Text("Resultatrækker", "Result rows");
    public string Results => Text("Resultater", "Results");
    public string Upload => Text("Indlæs resultater", "Import results");
    public Func<string, string> UploadTitle => Text<Func<string, string>>(
        name => $"Indlæs resultater: {name}",
        name => $"Import results: {name}");
    public string UploadIntro => Text(
        "Én række pr. enhed og dimension med enhedens egne besvarelser, ikke summen af enhederne under den; systemet lægger dem sammen. En ny fil erstatter målingens resultater.",
        "One row per unit and dimension with the unit's own respondents, not the total of the units below it; the system adds them up. A new file replaces the measurement's results.");
    public string Created => Text("Målingen er oprettet.", "The measurement is created.");
    public string PublishTitle => Text("Offentliggør resultaterne", "Publish the results");
    public string PublishIntro => Text(
        "Fra offentliggørelsesdagen ser lederne og koordinatorerne resultaterne, og de kan ikke længere ændres. Vælg en senere dag for at offentliggøre på den dag.",
        "From the day of publication the managers and coordinators see the results, and they can no longer change. Choose a later day to publish on that day.");
    public string Publish => Text("Offentliggør", "Publish");
    public string Published => Text("Målingen er offentliggjort.", "The measurement is published.");
    public Func<string, string> PublishedOnDay => Text<Func<string, string>>(
        day => $"Resultaterne offentliggøres {day}. Derefter kan de ikke ændres.",
        day => $"The results are published on {day}. From then on they cannot change.");
    public string Back => Text("Tilbage til målingerne", "Back to the measurements");
    public Func<string, string> ResultsTitle => Text<Func<string, string>>(
        name => $"Resultater: {name}",
        name => $"Results: {name}");
    public Func<int, string> ResultsIntro => Text<Func<int, string>>(
        min => $"En enheds tal omfatter enhederne under den, vægtet med antal besvarelser. En score, der kunne afsløre svarene fra færre end {min} personer, er skjult.",
        min => $"A unit's figures include the units below it, weighted by respondents. A score that could reveal the answers of fewer than {min} people is hidden.");
    public string Unit => Text("Enhed", "Unit");
    public string Show => Text("Vis", "Show");
    public string Dimension => Text("Dimension", "Dimension");
    public string Score => Text("Score (0–100)", "Score (0–100)");
    public string Respondents => Text("Besvarelser / inviterede", "Respondents / invited");
    public string Suppressed => Text("skjult (for få svar)", "hidden (too few answers)");
    public string FollowUps => Text("Opfølgning", "Follow-up");
    public string FollowUpOfWorkplace => Text("Arbejdspladsens opfølgning", "The workplace's follow-up");
    public string NoResults => Text("Der er ingen resultater for enheden.", "There are no results for the unit.");
    public Func<string, string> WithBelow => Text<Func<string, string>>(
        unit => $"{unit} med enhederne under",
        unit => $"{unit} with the units below");
}

/// <summary>A measurement's wellbeing against the sickness absence after it.</summary>
public sealed class WellbeingAbsenceTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public Func<string, string> Title => Text<Func<string, string>>(
        name => $"Trivsel og sygefravær: {name}",
        name => $"Wellbeing and sickness absence: {name}");
    public Func<int, string> Intro => Text<Func<int, string>>(
        min => $"Hver arbejdsplads' samlede score (gennemsnittet af dimensionerne) ved siden af dens sygefravær (egen sygdom og arbejdsskade) i de 12 hele måneder fra måneden efter, at målingen blev offentliggjort. En score, der kunne afsløre svarene fra færre end {min} personer, er skjult, og så er der ingen samlet score.",
        min => $"Each workplace's overall score (the mean of the dimensions) beside its sickness absence (own illness and work injury) in the 12 whole months from the month after the measurement was published. A score that could reveal the answers of fewer than {min} people is hidden, and then there is no overall score.");
    public string NotPublished => Text(
        "Målingen er ikke offentliggjort endnu; fraværet efter den kan ses, når den er.",
        "The measurement is not published yet; the absence after it can be seen once it is.");
    public string BackToResults => Text("Tilbage til målingens resultater", "Back to the measurement's results");
    public string Link => Text("Trivsel og sygefravær efter målingen", "Wellbeing and sickness absence after the measurement");
    public Func<string, string> LinkTo => Text<Func<string, string>>(
        name => $"Trivsel og sygefravær efter målingen {name}",
        name => $"Wellbeing and sickness absence after the measurement {name}");
    public Func<string, string> Published => Text<Func<string, string>>(
        date => $"offentliggjort {date}",
        date => $"published {date}");
    public Func<string, string, string, string> WindowText => Text<Func<string, string, string, string>>(
        (from, to, asOf) => $"fravær {from} til {to}, åbent fravær talt med til {asOf}",
        (from, to, asOf) => $"absence {from} to {to}, open absence counted up to {asOf}");
    public string NoWindowYet => Text("fraværsperioden er ikke begyndt endnu", "the absence period has not begun yet");
    public string NextTerm => Text("Næste måling", "Next measurement");
    public string NoNext => Text(
        "Ingen endnu: ændringerne vises, når en opfølgning eller den næste måling af samme type er offentliggjort.",
        "None yet: the changes are shown once a follow-up or the next measurement of the same kind is published.");
    public string NoWorkplaces => Text("Der er ingen arbejdspladser i dit ansvarsområde.", "There are no workplaces in your scope.");
    public string ChartTitle => Text("Samlet score mod sygefravær", "Overall score against sickness absence");
    public string ChartLabel => Text(
        "Punktdiagram: hver arbejdsplads' samlede score vandret og sygefraværsprocent lodret; runde punkter for målingen, firkantede for den næste, en streg fra det ene til det andet.",
        "Scatter chart: each workplace's overall score across and sickness absence rate up; round points for the measurement, square ones for the next, a line from one to the other.");
    public string NoChart => Text(
        "Ingen arbejdsplads har både en synlig score og ansatte i fraværsperioden.",
        "No workplace has both a score shown and staff employed in the absence period.");
    public string Workplace => Text("Arbejdsplads", "Workplace");
    public string OverallScore => Text("Samlet score", "Overall score");
    public string AbsenceRate => Text("Sygefravær (%)", "Sickness absence (%)");
    public string NextOverallScore => Text("Næste samlede score", "Next overall score");
    public string NextAbsenceRate => Text("Sygefravær efter næste (%)", "Sickness absence after the next (%)");
    public string ScoreChange => Text("Ændring i score", "Change in score");
    public string AbsenceChange => Text("Ændring i sygefravær (procentpoint)", "Change in sickness absence (percentage points)");
    public string ScoreBefore => Text("Trivselsscore før (måling)", "Wellbeing score before (measurement)");
    public string ScoreAfter => Text("Trivselsscore efter (måling)", "Wellbeing score after (measurement)");
    public string DimensionsTitle => Text("Dimensionerne", "The dimensions");
    public Func<bool, string> DimensionsCaption => Text<Func<bool, string>>(
        next => next ? "Score pr. dimension, målingen → den næste" : "Score pr. dimension",
        next => next ? "Score by dimension, the measurement → the next" : "Score by dimension");
}

/// <summary>Users and scheduled jobs.</summary>
public sealed class AdminTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string UsersTitle => Text("Brugere", "Users");
    public string UsersIntro => Text(
        "Brugernes roller og de enheder, lederne har ansvar for. En spærret bruger kan ikke logge ind.",
        "The users' roles and the units the managers are responsible for. A blocked user cannot log in.");
    public string Name => Text("Navn", "Name");
    public string Email => Text("E-mail", "E-mail");
    public string Roles => Text("Roller", "Roles");
    public string RolesHint => Text(
        "Ledere ser deres enheder, koordinatorer deres gruppers arbejdspladser, HR og administratorer det hele.",
        "Managers see their units, coordinators their groups' workplaces, HR and administrators everything.");
    public string EmployeeNumber => Text("Medarbejdernummer", "Employee number");
    public string EmployeeNumberHint => Text(
        "Kun for rollen Medarbejder: den medarbejder, brugeren er. Brugeren ser sit eget fravær og intet andet.",
        "For the Employee role only: the employee the user is. The user sees their own absence and nothing else.");
    public string ManagedUnits => Text("Leder af", "Manages");
    public string ManagedUnitsHint => Text(
        "Kun for ledere: de enheder, lederen har ansvar for, med enhederne under dem.",
        "Managers only: the units the manager is responsible for, with the units below them.");
    public string Blocked => Text("Spærret", "Blocked");
    public string Active => Text("Aktiv", "Active");
    public string NewUser => Text("Opret bruger", "Create a user");
    public string EditUser => Text("Ret bruger", "Edit the user");
    public string Password => Text("Første adgangskode", "First password");
    public string PasswordHint => Text("Mindst 12 tegn.", "At least 12 characters.");
    public string BlockedLabel => Text("Spær brugerens login", "Block the user's sign-in");
    public string Save => Text("Gem brugeren", "Save the user");
    public string Created => Text("Brugeren er oprettet.", "The user is created.");
    public string Saved => Text("Brugeren er gemt.", "The user is saved.");
    public string JobsTitle => Text("Planlagte job", "Scheduled jobs");
    public string JobsIntro => Text(
        "Jobbene kører af sig selv efter deres tidsplan. Her kan et job køres med det samme, og du ser, hvad det gjorde.",
        "The jobs run by themselves on their schedules. Here a job can be run at once, and you see what it did.");
    public string Job => Text("Job", "Job");
    public string Description => Text("Hvad jobbet gør", "What the job does");
    public string RunNow => Text("Kør nu", "Run now");
    public Func<string, string> Ran => Text<Func<string, string>>(job => $"Jobbet {job} er kørt.", job => $"The job {job} has run.");
    public string Count => Text("Antal", "Count");
    public string NoCounts => Text("Jobbet meldte ingen tal.", "The job reported no figures.");
}

/// <summary>The audit log page.</summary>
public sealed class AuditTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Title => Text("Revisionslog", "Audit log");
    public string Intro => Text(
        "Hvem har læst og ændret sager, medarbejdere og brugeres adgang, hvornår og hvorfra. Rækkerne kan ikke ændres eller slettes; de slettes først, når de er ældre end opbevaringsperioden.",
        "Who read and changed cases, employees and users' access, when and from where. Rows cannot be changed or deleted; they are deleted only once older than the retention period.");
    public string AdminIntro => Text(
        "Som administrator ser du hvem, hvornår og hvad – ikke hvilke sager eller medarbejdere det gjaldt.",
        "As an administrator you see who, when and what – not which cases or employees it concerned.");
    public string CaseId => Text("Sags-id", "Case id");
    public string EmployeeId => Text("Medarbejder-id", "Employee id");
    public string UserId => Text("Bruger-id", "User id");
    public string UserIdHint => Text(
        "Rækker med det, brugeren gjorde, og med ændringer af brugerens adgang.",
        "Rows of what the user did, and of changes to the user's access.");
    public string From => Text("Fra dato", "From date");
    public string To => Text("Til dato", "To date");
    public string Show => Text("Vis", "Show");
    public string Csv => Text("Hent som CSV", "Download as CSV");
    public Func<int, string> Count => Text<Func<int, string>>(
        count => count == 1 ? "1 række" : $"{count} rækker",
        count => count == 1 ? "1 row" : $"{count} rows");
    public string NoRows => Text("Ingen rækker passer til filtret.", "No rows match the filter.");
    public string At => Text("Tidspunkt", "Time");
    public string User => Text("Bruger", "User");
    public string Action => Text("Handling", "Action");
    public string Result => Text("Resultat", "Result");
    public string Allowed => Text("Tilladt", "Allowed");
    public string Refused => Text("Afvist", "Refused");
    public string Detail => Text("Ændring", "Change");
    public string Address => Text("Adresse", "Address");
    public string RequestId => Text("Forespørgsel", "Request");
    public string Subjects => Text("Sag og medarbejder", "Case and employee");
    public Func<int, int, string> ListSubjects => Text<Func<int, int, string>>(
        (cases, employees) => $"Liste: {cases} sager, {employees} medarbejdere",
        (cases, employees) => $"List: {cases} cases, {employees} employees");
    public string Pages => Text("Sider", "Pages");
    public string Previous => Text("Forrige side", "Previous page");
    public string Next => Text("Næste side", "Next page");
    public Func<int, int, string> PageOf => Text<Func<int, int, string>>(
        (page, count) => $"Side {page} af {count}",
        (page, count) => $"Page {page} of {count}");
}

/// <summary>The documents printed from a case: the § 7a conversation summary, the § 7b retention plan and the prevention plan.</summary>
public sealed class PrintTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Heading => Text("Udskrifter", "Print");
    public string Conversation => Text("Udskriv samtalereferat (§ 7a)", "Print the conversation summary (§ 7a)");
    public string RetentionPlan => Text("Udskriv fastholdelsesplan (§ 7b)", "Print the retention plan (§ 7b)");
    public string PreventionPlan => Text("Udskriv forebyggelsesplan", "Print the prevention plan");
    public string Hint => Text(
        "Udskriv siden med browserens udskrift (Ctrl+P); kun dokumentet kommer med.",
        "Print this page with the browser's print command (Ctrl+P); only the document is printed.");
    public string Employee => Text("Medarbejder", "Employee");
    public string Manager => Text("Leder", "Manager");
    public string Employer => Text("Arbejdsgiver", "Employer");
    public string Workplace => Text("Arbejdssted", "Workplace");
    public string NotAgreed => Text("Ikke aftalt", "Not agreed");
    public string Signatures => Text("Underskrifter", "Signatures");
    public string Date => Text("Dato", "Date");
    public Func<string, string> SignatureOf => Text<Func<string, string>>(party => $"Underskrift, {party.ToLowerInvariant()}", party => $"Signature, {party.ToLowerInvariant()}");
    public string ConversationTitle => Text("Sygefraværssamtale (sygedagpengeloven § 7a)", "Absence conversation (Sickness Benefit Act § 7a)");
    public string ConversationIntro => Text(
        "Referat af samtalen mellem leder og medarbejder om, hvordan og hvornår medarbejderen kan vende tilbage, og hvad arbejdspladsen kan gøre for det. Begge parter får en kopi.",
        "Summary of the conversation between manager and employee on how and when the employee can return, and what the workplace can do to help. Both parties keep a copy.");
    public string RetentionTitle => Text("Fastholdelsesplan (sygedagpengeloven § 7b)", "Retention plan (Sickness Benefit Act § 7b)");
    public string RetentionIntro => Text(
        "Planen laves af medarbejder og arbejdsgiver sammen. Medarbejderen beholder planen og kan tage den med til lægen og til kommunens opfølgning.",
        "The employee and the employer make the plan together. The employee keeps it and may take it to the doctor and to the municipality's follow-up.");
    public string RetentionPart1 => Text("1. Medarbejderen og arbejdsstedet", "1. The employee and the workplace");
    public string RetentionPart2 => Text("2. Fraværet", "2. The absence");
    public string RetentionPart3 => Text("3. Aftaler om at fastholde medarbejderen", "3. What is agreed to keep the employee at work");
    public string RetentionPart3Hint => Text(
        "Fx arbejdsopgaver, arbejdstid, hjælpemidler, skånehensyn og en plan for gradvis tilbagevenden.",
        "For example tasks, working hours, aids, considerations and a plan for a gradual return.");
}

/// <summary>"Mit fravær": the employee's own cases, absence and data.</summary>
public sealed class SelfServiceTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Title => Text("Mit fravær", "My absence");
    public string Intro => Text(
        "Her ser du det, som er registreret om dit sygefravær: dine sager med frister, samtaler og planer, dine fraværsperioder og dine ansættelser.",
        "Here you see what is registered about your sickness absence: your cases with deadlines, conversations and plans, your absence spells and your employments.");
    public string Cases => Text("Mine sager", "My cases");
    public string NoCases => Text("Du har ingen sygefraværssager.", "You have no absence cases.");
    public string OpenCase => Text("Se sagen", "Open the case");
    public Func<string, string> CaseTitle => Text<Func<string, string>>(day => $"Sygefravær fra {day}", day => $"Absence from {day}");
    public string Spells => Text("Mine fraværsperioder", "My absence spells");
    public string NoSpells => Text("Der er ingen fraværsperioder.", "There are no absence spells.");
    public string Section56 => Text("Mine § 56-aftaler", "My § 56 agreements");
    public string Data => Text("Hent mine data", "Download my data");
    public string DataIntro => Text(
        "Du har ret til at se alle de oplysninger, systemet har om dig (databeskyttelsesforordningen artikel 15). Filen indeholder hver tabels rækker om dig, og hvornår dine oplysninger er læst eller ændret.",
        "You have the right to see everything the system holds about you (GDPR article 15). The file holds every table's rows about you, and when your data was read or changed.");
    public string DataJson => Text("Hent som JSON", "Download as JSON");
    public string DataCsv => Text("Hent som CSV (zip-fil med én fil pr. tabel)", "Download as CSV (a zip file with one file per table)");
    public string Return => Text("Raskmelding", "Report back to work");
    public string ReturnIntro => Text(
        "Meld dig rask her, når du er tilbage på arbejde. Din leder får besked gennem sagen.",
        "Report here when you are back at work. Your manager sees it on the case.");
    public string ReturnedOn => Text("Første dag tilbage på arbejde", "First day back at work");
    public string ReportReturn => Text("Meld mig rask", "Report me back");
    public string Returned => Text("Du er meldt rask.", "You are reported back at work.");
    public string ReturnByPhone => Text(
        "Når du er klar til at vende tilbage, ringer du til din leder, som registrerer raskmeldingen.",
        "When you are ready to return, call your manager, who registers your return.");
    public string BackToMyAbsence => Text("Tilbage til mit fravær", "Back to my absence");
}

/// <summary>A workplace's follow-up of a measurement and HR's overview of all of them.</summary>
public sealed class FollowUpTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public Func<string, string, string> Title => Text<Func<string, string, string>>(
        (unit, measurement) => $"Opfølgning: {unit}, {measurement}",
        (unit, measurement) => $"Follow-up: {unit}, {measurement}");
    public Func<string, string> Intro => Text<Func<string, string>>(
        published => $"Resultaterne blev offentliggjort {published}. Drøft dem i teamet, i det lokale MED-udvalg og i ledergruppen, og aftal en handleplan med indsatser inden fristerne.",
        published => $"The results were published {published}. Discuss them in the team, in the local MED committee and in the leadership group, and agree an action plan with measures by the deadlines.");
    public string BackToResults => Text("Tilbage til resultaterne", "Back to the results");
    public string Deadlines => Text("Frister", "Deadlines");
    public string Step => Text("Trin", "Step");
    public string DueDate => Text("Frist", "Deadline");
    public string DoneOn => Text("Gennemført", "Done");
    public string Status => Text("Status", "Status");
    public string Measures => Text("Handleplanens indsatser", "The action plan's measures");
    public string NoMeasures => Text("Handleplanen har ingen indsatser endnu.", "The action plan has no measures yet.");
    public string Description => Text("Indsats", "Measure");
    public string Responsible => Text("Ansvarlig", "Responsible");
    public string FollowUpOn => Text("Følges op", "Follow up on");
    public string Record => Text("Registrér opfølgningen", "Record the follow-up");
    public string NewMeasure => Text("Ny indsats i handleplanen", "A new measure of the action plan");
    public string ActionPlanOn => Text("Handleplanen aftalt", "Action plan agreed on");
    public string Saved => Text("Opfølgningen er gemt.", "The follow-up is saved.");
    public Func<string, string> OverviewTitle => Text<Func<string, string>>(
        name => $"Opfølgning på {name}",
        name => $"Follow-up of {name}");
    public string OverviewIntro => Text(
        "Arbejdspladserne med deres frister for opfølgningen, og hvor langt de er.",
        "The workplaces with the deadlines of their follow-up, and how far they are.");
    public Func<string, string> Done => Text<Func<string, string>>(day => $"Gennemført {day}", day => $"Done {day}");
    public Func<string, string> Due => Text<Func<string, string>>(day => $"Frist {day}", day => $"Due {day}");
}

public sealed class ContactPersonTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Title => Text("Kontaktpersoner", "Contact persons");
    public string Intro => Text(
        "Hvert område og hver arbejdsplads har en navngiven HR- eller arbejdsmiljøkonsulent. En arbejdsplads uden sin egen deler områdets.",
        "Each area and workplace has a named HR or work-environment consultant. A workplace without its own shares its area's.");
    public string Unit => Text("Enhed", "Unit");
    public string Parent => Text("Hører under", "Part of");
    public string Current => Text("Kontaktperson", "Contact person");
    public string Change => Text("Skift", "Change");
    public string Own => Text("(egen)", "(own)");
    public Func<string, string> InheritedFrom => Text<Func<string, string>>(
        unit => $"(arvet fra {unit})", unit => $"(inherited from {unit})");
    public string None => Text("Ingen", "None");
    public string NoOne => Text("ingen", "no one");
    public Func<string, string> ContactPersonFor => Text<Func<string, string>>(
        unit => $"Kontaktperson for {unit}", unit => $"Contact person for {unit}");
    public string Save => Text("Gem", "Save");
    public Func<string, string, string> Saved => Text<Func<string, string, string>>(
        (unit, name) => $"{name} er nu kontaktperson for {unit}.", (unit, name) => $"{name} is now the contact person for {unit}.");
    public string Removed => Text("Kontaktpersonen er fjernet.", "The contact person was removed.");
}

public sealed class GoodExampleTexts(CultureInfo culture) : BilingualTexts(culture)
{
    public string Title => Text("Gode eksempler", "Good examples");
    public string Intro => Text(
        "Arbejdspladser, der har fået noget til at virke i forebyggelsen eller i opfølgningen af en måling. Fravær og trivsel før og efter er fundet af systemet, da eksemplet blev udvalgt.",
        "Workplaces that made something work in prevention or in following up a measurement. Absence and wellbeing before and after were found by the system when the example was chosen.");
    public string Search => Text("Søg i eksemplerne", "Search the examples");
    public string Find => Text("Søg", "Search");
    public string None => Text("Ingen eksempler passer til søgningen.", "No example matches the search.");
    public Func<string, string> MarkedOn => Text<Func<string, string>>(day => $"udvalgt {day}", day => $"chosen {day}");
    public string WhatWasDone => Text("Hvad blev gjort", "What was done");
    public string WhatCameOfIt => Text("Hvad kom der ud af det", "What came of it");
    public string Figures => Text("Før og efter", "Before and after");
    public string Before => Text("Før", "Before");
    public string After => Text("Efter", "After");
    public string Months => Text("Måneder", "Months");
    public string AbsenceRate => Text("Sygefravær", "Sickness absence");
    public string Wellbeing => Text("Trivsel (samlet score)", "Wellbeing (overall score)");
    public string NoScore => Text("ingen score", "no score");
    public string HowToMark => Text(
        "Du markerer et godt eksempel fra en forebyggende indsats eller fra en arbejdsplads' opfølgning af en måling.",
        "You mark a good example from a prevention initiative or from a workplace's follow-up of a measurement.");
    public string Mark => Text("Markér som godt eksempel", "Mark as a good example");
    public string MarkIntro => Text(
        "Fortæl, hvad arbejdspladsen gjorde, og hvad der kom ud af det. Fravær og trivsel før og efter finder systemet selv. Alle ledere og koordinatorer kan læse eksemplet.",
        "Tell what the workplace did and what came of it. The system finds the absence and wellbeing before and after. Every manager and coordinator can read the example.");
    public string About => Text("Eksemplet handler om", "The example is about");
    public string Workplace => Text("Arbejdsplads", "Workplace");
    public string Heading => Text("Overskrift", "Title");
    public string NoPerson => Text(
        "Skriv, hvad arbejdspladsen gjorde – aldrig hvem, og ingen navne.",
        "Write what the workplace did – never who, and no names.");
    public string Marked => Text("Eksemplet er føjet til de gode eksempler.", "The example was added to the good examples.");
    public string Remove => Text("Fjern", "Remove");
    public string RemoveTitle => Text("Fjern et godt eksempel", "Remove a good example");
    public string RemoveQuestion => Text(
        "Vil du fjerne eksemplet fra de gode eksempler? Ledere og koordinatorer kan så ikke længere læse det.",
        "Do you want to remove the example from the good examples? Managers and coordinators can then no longer read it.");
    public string Removed => Text("Eksemplet er fjernet fra de gode eksempler.", "The example was removed from the good examples.");
    public string Back => Text("Tilbage til de gode eksempler", "Back to the good examples");
    public string BackToFollowUp => Text("Tilbage til opfølgningen", "Back to the follow-up");
}
