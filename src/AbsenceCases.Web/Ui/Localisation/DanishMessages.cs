using System.Globalization;
using System.Text.RegularExpressions;
using AbsenceCases.Domain.Absences;

namespace AbsenceCases.Web.Ui.Localisation;

/// <summary>
/// Danish for the English messages of the application layer (validators, domain rules, workflow guards, import
/// errors). The API keeps answering in English; only the UI translates, here, by exact text or pattern.
/// A message without a translation is shown as it is.
/// </summary>
public static class DanishMessages
{
    private const string Date = @"(?<date>\d{4}-\d{2}-\d{2})";

    private static readonly (Regex Pattern, Func<Match, string> Danish)[] Translations =
    [
        // Validators.
        Exact("Required.", "Skal udfyldes."),
        Exact("Must not be in the future.", "Må ikke ligge i fremtiden."),
        Pattern(@"At most (?<n>\d+) characters\.", m => $"Højst {m.Groups["n"].Value} tegn."),
        Pattern(@"Together at most (?<n>\d+) characters\.", m => $"Højst {m.Groups["n"].Value} tegn tilsammen."),
        Pattern(@"Must be a single line without control characters or invalid UTF-8 \(found (?<c>[^)]*)\)\.",
            m => $"Skal være én linje uden styretegn eller ugyldig UTF-8 (fandt {m.Groups["c"].Value})."),
        Pattern(@"Must not contain control characters or invalid UTF-8 \(found (?<c>[^)]*)\)\.",
            m => $"Må ikke indeholde styretegn eller ugyldig UTF-8 (fandt {m.Groups["c"].Value})."),
        Pattern(@"Must be between (?<a>\S+) and (?<b>\S+)\.", m => $"Skal være mellem {m.Groups["a"].Value} og {m.Groups["b"].Value}."),
        Exact("Must be 1 or more.", "Skal være 1 eller mere."),
        Exact("Must be valid UTF-8 text.", "Skal være gyldig UTF-8-tekst."),
        Pattern(@"Must be one of: .*\.", _ => "Vælg en af de mulige værdier."),
        Exact("Must be after the first sick day.", "Skal ligge efter første sygedag."),
        Exact("Must be after the day the conversation was held.", "Skal ligge efter den dag, samtalen blev holdt."),
        Pattern(@"Must be within the last (?<n>\d+) days\.", m => $"Skal ligge inden for de seneste {m.Groups["n"].Value} dage."),
        Exact("Give employeeId or employeeNumber.", "Vælg en medarbejder."),
        Exact("Give employeeId or employeeNumber, not both.", "Vælg kun én medarbejder."),
        Exact("At least one measure is required.", "Planen skal have mindst ét tiltag."),
        Exact("The follow-up date must be on or after the day the plan is agreed.", "Opfølgningen skal ligge på eller efter den dag, planen aftales."),
        Exact("The employee is not employed on this day.", "Medarbejderen er ikke ansat den dag."),
        Exact("No employee has this identification.", "Medarbejderen findes ikke."),
        Pattern(@"Must be the ETag of the case.*", _ => "Sagens version er ikke gyldig. Åbn sagen igen."),
        Exact("Must not be in the past.", "Må ikke ligge i fortiden."),
        Exact("Must be a user who may read the case.", "Skal være en bruger, der har adgang til sagen."),
        Exact("Not an e-mail address.", "Ikke en e-mailadresse."),
        Exact("Only a manager manages units.", "Kun en leder kan lede enheder."),
        Pattern(@"Unknown grouping (?<g>.*); use (?<list>.*)\.", m => $"Ukendt gruppering {m.Groups["g"].Value}; brug {m.Groups["list"].Value}."),
        Pattern(@"Must not be before (?<f>\w+)\.", m => $"Må ikke ligge før {StartOf(m)}."),
        Pattern(@"At most (?<n>\d+) months from (?<f>\w+)\.", m => $"Højst {m.Groups["n"].Value} måneder fra {StartOf(m)}."),
        Exact("Must be a month in the form yyyy-MM.", "Skal være en måned på formen åååå-mm."),
        Exact("Required, a month in the form yyyy-MM.", "Skal udfyldes med en måned på formen åååå-mm."),
        Exact("Required to close the case.", "Skal udfyldes for at afslutte sagen."),
        Exact("A case is named twice.", "En sag står to gange."),
        Exact("A workplace is named twice.", "En arbejdsplads står to gange."),
        Exact("At least one case is required.", "Der skal være mindst én sag."),
        Exact("At least one workplace is required.", "Der skal være mindst én arbejdsplads."),
        Exact("Name at least one attendee.", "Angiv mindst én deltager."),
        Exact("The next review must be after this one.", "Næste gennemgang skal ligge efter denne."),
        Exact("The plan's measures are required to agree a prevention plan.", "Planens tiltag skal udfyldes for at aftale en forebyggelsesplan."),
        Exact("The project period must begin after the baseline period (baselineTo).", "Projektperioden skal begynde efter basisperioden."),
        Pattern(@"At most (?<n>\d+) cases\.", m => $"Højst {m.Groups["n"].Value} sager."),
        Pattern(@"At most (?<n>\d+) employees\.", m => $"Højst {m.Groups["n"].Value} medarbejdere."),

        // Domain rules and conflicts.
        Pattern(
            $@"The employee is already registered absent \((?<type>\w+)\) from {Date}(?: to (?<to>\d{{4}}-\d{{2}}-\d{{2}})| \(still open\))\.",
            m => $"Medarbejderen er allerede registreret fraværende ({TypeName(m)}) fra {Day(m, "date")}" +
                 (m.Groups["to"].Success ? $" til {Day(m, "to")}." : " og er det stadig.")),
        Exact("Someone else changed the case at the same time. Reload it and try again.",
            "En anden ændrede sagen samtidig. Åbn den igen, og prøv igen."),
        Exact("Another request stored the same at the same time. Read the data again and retry.",
            "En anden gemte det samme samtidig. Åbn siden igen, og prøv igen."),
        Exact("The employee has another open case; add the absence to that case instead.",
            "Medarbejderen har en anden åben sag. Registrer fraværet på den i stedet."),
        Exact("This Idempotency-Key was used before for a different request.",
            "Formularen er allerede sendt med andre oplysninger. Åbn siden igen, og prøv igen."),
        Exact("The employee is not employed in a unit within your scope.",
            "Medarbejderen er ikke ansat i en enhed, du har adgang til."),
        Exact("The case's employee is not in a unit within your scope.", "Sagens medarbejder er ikke i en enhed, du har adgang til."),
        Exact("The unit lies outside your scope.", "Enheden ligger uden for de enheder, du har adgang til."),
        Pattern(@"This needs one of the roles: (?<roles>.*)\.", m => $"Det kræver en af rollerne {m.Groups["roles"].Value}."),
        Exact("No role may send this request.", "Ingen rolle har adgang til dette."),
        Pattern(@"Unknown unit\(s\): (?<ids>.*)\.", m => $"Ukendte enheder: {m.Groups["ids"].Value}."),
        Exact("No user has this id.", "Brugeren findes ikke."),
        Exact("No unit has this id.", "Enheden findes ikke."),
        Exact("An initiative belongs to a workplace.", "En indsats hører til en arbejdsplads."),
        Exact("An initiative cannot move to another workplace; create a new one.", "En indsats kan ikke flyttes til en anden arbejdsplads; opret en ny."),
        Exact("No case has this id.", "Sagen findes ikke."),
        Exact("The case is not one of the group's workplaces.", "Sagen hører ikke til gruppens arbejdspladser."),
        Pattern(@"A coordination group is already named '(?<name>.*)'\.", m => $"Der er allerede en koordineringsgruppe, der hedder '{m.Groups["name"].Value}'."),
        Exact("A case was changed by someone else during the review. Reload the board and try again.",
            "En anden ændrede en af sagerne under sagsgennemgangen. Åbn tavlen igen, og prøv igen."),
        Exact("Only the group's members, HR and Admin see its board and reviews.",
            "Kun gruppens medlemmer, HR og administratorer ser gruppens tavle og sagsgennemgange."),
        Exact("The employee already has a § 56 agreement in this period.", "Medarbejderen har allerede en § 56-aftale i perioden."),

        // User administration, and the account store's (ASP.NET Core Identity's) own messages.
        Pattern(@"A user already has the e-mail address (?<e>.*)\.", m => $"Der er allerede en bruger med e-mailadressen {m.Groups["e"].Value}."),
        Exact("You cannot block yourself or take away your own Admin role.", "Du kan ikke spærre dig selv eller fjerne din egen administratorrolle."),
        Pattern(@"Passwords must be at least (?<n>\d+) characters\.", m => $"Adgangskoden skal have mindst {m.Groups["n"].Value} tegn."),
        Pattern(@"Passwords must use at least (?<n>\d+) different characters\.", m => $"Adgangskoden skal bruge mindst {m.Groups["n"].Value} forskellige tegn."),
        Pattern(@"Email '(?<e>.*)' is invalid\.", m => $"E-mailadressen '{m.Groups["e"].Value}' er ikke gyldig."),
        Pattern(@"(?:Email|Username) '(?<e>.*)' is already taken\.", m => $"Der er allerede en bruger med e-mailadressen {m.Groups["e"].Value}."),
        Pattern(@"Username '(?<e>.*)' is invalid, can only contain letters or digits\.", m => $"Brugernavnet '{m.Groups["e"].Value}' må kun indeholde bogstaver og tal."),

        // Import errors.
        Pattern(@"Unknown employee '(?<v>.*)'\.", m => $"Ukendt medarbejder '{m.Groups["v"].Value}'."),
        Pattern(@"Unknown unit '(?<v>.*)'\.", m => $"Ukendt enhed '{m.Groups["v"].Value}'."),
        Exact("Must be on or after startOn.", "Skal ligge på eller efter startdatoen."),
        Pattern(@"Must be on or after (?<c>\w+)\.", m => $"Skal ligge på eller efter {m.Groups["c"].Value}."),
        Pattern(@"'(?<v>.*)' is not one of:? (?<list>.*)\.", m => $"'{m.Groups["v"].Value}' er ikke en af {m.Groups["list"].Value}."),
        Exact("The spell starts on a day outside every employment of the employee.",
            "Fraværet begynder på en dag, hvor medarbejderen ikke er ansat."),
        Pattern(@"'(?<v>.*)' is not a date in the form yyyy-MM-dd\.", m => $"'{m.Groups["v"].Value}' er ikke en dato på formen åååå-mm-dd."),
        Pattern(@"'(?<v>.*)' is not a number\.", m => $"'{m.Groups["v"].Value}' er ikke et tal."),
        Pattern(@"'(?<v>.*)' is not a whole number\.", m => $"'{m.Groups["v"].Value}' er ikke et helt tal."),
        Pattern(@"(?<v>-?\d+) is outside 1–100\.", m => $"{m.Groups["v"].Value} ligger uden for 1–100."),
        Pattern(@"'(?<v>.*)' is not true or false\.", m => $"'{m.Groups["v"].Value}' er ikke true eller false."),
        Exact("A quoted field is not closed.", "Et felt i anførselstegn er ikke afsluttet."),
        Pattern(@"Expected (?<n>\d+) fields separated by ';', found (?<m>\d+)\.",
            m => $"Forventede {m.Groups["n"].Value} felter adskilt af ';', men fandt {m.Groups["m"].Value}."),
        Pattern(@"The file is empty; expected the header (?<h>.*)\.", m => $"Filen er tom; overskriftsrækken skal være {m.Groups["h"].Value}."),
        Exact("Missing column in the header.", "Kolonnen mangler i overskriftsrækken."),
        Pattern(@"Unknown column; expected (?<h>.*)\.", m => $"Ukendt kolonne; overskriftsrækken skal være {m.Groups["h"].Value}."),
        Exact("A column is named twice in the header.", "En kolonne står to gange i overskriftsrækken."),
        Pattern(@"Must be more than 0 and at most (?<n>[\d.,]+) hours\.", m => $"Skal være over 0 og højst {m.Groups["n"].Value} timer."),
        Pattern(@"The employee's name differs from line (?<n>\d+)\.", m => $"Medarbejderens navn er et andet end på linje {m.Groups["n"].Value}."),
        Pattern(@"Overlaps the employment on line (?<n>\d+)\.", m => $"Overlapper ansættelsen på linje {m.Groups["n"].Value}."),
        Pattern(@"Overlaps the spell on line (?<n>\d+)\.", m => $"Overlapper fraværet på linje {m.Groups["n"].Value}."),
        Pattern($@"Overlaps a spell already registered from {Date}\.", m => $"Overlapper et fravær, der allerede er registreret fra {Day(m, "date")}."),
        Pattern(@"… and (?<n>\d+) more errors not listed\.", m => $"… og {m.Groups["n"].Value} fejl mere, som ikke er vist."),
        Exact("Use only letters A–Z, digits, '-' and '_'.", "Brug kun bogstaverne A–Z, cifre, '-' og '_'."),
        Pattern(@"The code is also on line (?<n>\d+)\.", m => $"Koden står også på linje {m.Groups["n"].Value}."),
        Pattern(@"Required for a unit of kind (?<k>\w+)\.", m => $"Skal udfyldes for en enhed af typen {m.Groups["k"].Value}."),
        Pattern(@"An? (?<k>\w+) cannot be placed under an? (?<p>\w+)\.",
            m => $"En enhed af typen {m.Groups["k"].Value} kan ikke ligge under en af typen {m.Groups["p"].Value}."),
    ];

    /// <summary>The Danish for a message, or null when there is none.</summary>
    public static string? TryTranslate(string english)
    {
        foreach (var (pattern, danish) in Translations)
        {
            var match = pattern.Match(english);
            if (match.Success)
            {
                return danish(match);
            }
        }

        return null;
    }

    public static string Translate(string english) => TryTranslate(english) ?? english;

    private static (Regex, Func<Match, string>) Exact(string english, string danish) =>
        (new Regex($"^{Regex.Escape(english)}$", RegexOptions.CultureInvariant), _ => danish);

    private static (Regex, Func<Match, string>) Pattern(string english, Func<Match, string> danish) =>
        (new Regex($"^{english}$", RegexOptions.CultureInvariant), danish);

    private static string Day(Match match, string group) =>
        UiTexts.Danish.Date(DateOnly.ParseExact(match.Groups[group].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The first month a range of months is counted from, named in the statistics' messages by its parameter.</summary>
    private static string StartOf(Match match) => match.Groups["f"].Value switch
    {
        "from" => "første måned",
        "baselineFrom" => "basisperiodens første måned",
        var other => other,
    };

    private static string TypeName(Match match) =>
        AbsenceTypeCodes.TryParse(match.Groups["type"].Value, out var type)
            ? UiTexts.Danish.Name(type).ToLower(UiCulture.Danish)
            : match.Groups["type"].Value;
}
