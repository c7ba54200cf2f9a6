namespace AbsenceCases.Web.Ui.Localisation;

public sealed partial record UiTexts
{
    public required TwoFactorTexts TwoFactor { get; init; }
}

/// <summary>
/// The code step of the sign-in, the enrolment of an authenticator app, its replacement by a new one, and the admin's
/// reset, in both languages.
/// </summary>
public sealed record TwoFactorTexts
{
    public static readonly TwoFactorTexts Danish = new()
    {
        CodeTitle = "Kode fra godkender-appen",
        CodeIntro = "Skriv den sekscifrede kode, som godkender-appen på din telefon viser. Har du mistet telefonen, kan du skrive en af dine gendannelseskoder.",
        Code = "Kode",
        CodeHint = "6 cifre, eller en gendannelseskode som ABCDE-FGHIJ.",
        CodeRequired = "Skriv koden.",
        WrongCode = "Koden er forkert eller for gammel.",
        SignIn = "Log ind",
        Title = "Totrinsbekræftelse",
        MustEnrol = "Din rolle kræver totrinsbekræftelse. Sæt den op, før du fortsætter.",
        Intro = "Med totrinsbekræftelse skal du, når du logger ind, ud over adgangskoden skrive en kode fra en godkender-app på din telefon, fx Microsoft Authenticator eller Google Authenticator.",
        Scan = "1. Scan QR-koden med godkender-appen, eller skriv nøglen ind i appen.",
        QrCode = "QR-kode med nøglen til godkender-appen",
        Key = "Nøgle",
        Confirm = "2. Skriv den kode, appen viser, for at bekræfte, at den er sat op.",
        ConfirmCode = "Kode fra appen",
        WrongEnrolmentCode = "Koden passer ikke. Tjek, at telefonens ur går rigtigt, og skriv den nyeste kode.",
        Enable = "Slå totrinsbekræftelse til",
        Enabled = "Totrinsbekræftelse er slået til for din konto.",
        LostPhone = "Mister du telefonen, kan du logge ind med en af dine gendannelseskoder.",
        RecoveryCodes = "Dine gendannelseskoder",
        RecoveryIntro = "Gem koderne et sikkert sted, fx udskrevet. Hver kode kan bruges én gang i stedet for koden fra appen. De bliver kun vist nu.",
        Continue = "Fortsæt",
        NewAppIntro = "Har du fået en ny telefon, kan du flytte totrinsbekræftelsen til en ny godkender-app. Den gamle app virker, indtil den nye er bekræftet.",
        NewApp = "Sæt en ny app op",
        NewAppTitle = "Ny godkender-app",
        ConfirmNewApp = "Skift til den nye app",
        KeepOldApp = "Behold den gamle app",
        AppReplaced = "Den nye godkender-app er sat op. Den gamle app og de gamle gendannelseskoder virker ikke længere.",
        AdminState = "Totrinsbekræftelse",
        AdminOn = "Brugeren logger ind med en kode fra en godkender-app.",
        AdminReset = "Nulstil totrinsbekræftelse",
        AdminResetHint = "Fx hvis brugeren har mistet sin telefon. Godkender-appen og gendannelseskoderne holder op med at virke, og brugeren bliver logget ud. Kræver brugerens rolle totrinsbekræftelse, skal en ny app sættes op ved næste login.",
        AdminResetDone = "Totrinsbekræftelsen er nulstillet, og brugeren er logget ud.",
    };

    public static readonly TwoFactorTexts English = new()
    {
        CodeTitle = "Code from the authenticator app",
        CodeIntro = "Enter the six-digit code that the authenticator app on your phone shows. If you lost your phone, enter one of your recovery codes.",
        Code = "Code",
        CodeHint = "6 digits, or a recovery code like ABCDE-FGHIJ.",
        CodeRequired = "Enter the code.",
        WrongCode = "The code is wrong or too old.",
        SignIn = "Log in",
        Title = "Two-factor authentication",
        MustEnrol = "Your role requires two-factor authentication. Set it up before you continue.",
        Intro = "With two-factor authentication you enter, beside your password, a code from an authenticator app on your phone when you log in, e.g. Microsoft Authenticator or Google Authenticator.",
        Scan = "1. Scan the QR code with the authenticator app, or type the key into the app.",
        QrCode = "QR code with the key for the authenticator app",
        Key = "Key",
        Confirm = "2. Enter the code the app shows to confirm that it is set up.",
        ConfirmCode = "Code from the app",
        WrongEnrolmentCode = "The code does not match. Check that your phone's clock is right and enter the newest code.",
        Enable = "Turn on two-factor authentication",
        Enabled = "Two-factor authentication is on for your account.",
        LostPhone = "If you lose your phone, you can log in with one of your recovery codes.",
        RecoveryCodes = "Your recovery codes",
        RecoveryIntro = "Keep the codes somewhere safe, e.g. printed. Each code can be used once instead of the app's code. They are shown only now.",
        Continue = "Continue",
        NewAppIntro = "If you have a new phone, you can move two-factor authentication to a new authenticator app. The old app keeps working until the new one is confirmed.",
        NewApp = "Set up a new app",
        NewAppTitle = "New authenticator app",
        ConfirmNewApp = "Switch to the new app",
        KeepOldApp = "Keep the old app",
        AppReplaced = "The new authenticator app is set up. The old app and the old recovery codes no longer work.",
        AdminState = "Two-factor authentication",
        AdminOn = "The user logs in with a code from an authenticator app.",
        AdminReset = "Reset two-factor authentication",
        AdminResetHint = "E.g. if the user lost their phone. The authenticator app and the recovery codes stop working, and the user is signed out. If the user's role requires two-factor authentication, a new app is set up at the next sign-in.",
        AdminResetDone = "Two-factor authentication is reset, and the user is signed out.",
    };

    public required string CodeTitle { get; init; }

    public required string CodeIntro { get; init; }

    public required string Code { get; init; }

    public required string CodeHint { get; init; }

    public required string CodeRequired { get; init; }

    public required string WrongCode { get; init; }

    public required string SignIn { get; init; }

    public required string Title { get; init; }

    public required string MustEnrol { get; init; }

    public required string Intro { get; init; }

    public required string Scan { get; init; }

    public required string QrCode { get; init; }

    public required string Key { get; init; }

    public required string Confirm { get; init; }

    public required string ConfirmCode { get; init; }

    public required string WrongEnrolmentCode { get; init; }

    public required string Enable { get; init; }

    public required string Enabled { get; init; }

    public required string LostPhone { get; init; }

    public required string RecoveryCodes { get; init; }

    public required string RecoveryIntro { get; init; }

    public required string Continue { get; init; }

    public required string NewAppIntro { get; init; }

    public required string NewApp { get; init; }

    public required string NewAppTitle { get; init; }

    public required string ConfirmNewApp { get; init; }

    public required string KeepOldApp { get; init; }

    public required string AppReplaced { get; init; }

    public required string AdminState { get; init; }

    public required string AdminOn { get; init; }

    public required string AdminReset { get; init; }

    public required string AdminResetHint { get; init; }

    public required string AdminResetDone { get; init; }
}
