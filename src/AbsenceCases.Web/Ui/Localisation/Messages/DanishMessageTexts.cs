namespace AbsenceCases.Web.Ui.Localisation.Messages;

/// <summary>The Danish catalogue: a template for every message code.</summary>
public static class DanishMessageTexts
{
    public static readonly IReadOnlyDictionary<string, string> Templates = new Dictionary<string, string>
    {
        // The case, its prevention plan and workflow guards, § 56 agreements (Domain: CaseCodes, GuardCodes, Section56Codes).
        ["case.transitionRefused"] = "{trigger} er ikke mulig, når sagen har status {state}.",
        ["case.closedTakesNoAbsence"] = "En afsluttet sag kan ikke få nyt fravær. Genåbn den, eller registrer en ny sygemelding.",
        ["case.alreadyAbsent"] = "Medarbejderen er allerede registreret fraværende ({type:lower}) den {from} eller senere.",
        ["case.absenceAlreadyCovers"] = "Fraværet dækker allerede {day}. Genåbn fra en senere dag.",
        ["case.anonymisedNotReviewed"] = "En anonymiseret sag kan ikke gennemgås.",
        ["case.anonymiseOnlyClosed"] = "Kun en afsluttet sag, der ikke allerede er anonymiseret, kan anonymiseres.",
        ["case.measuresOnlyOnOpenPlan"] = "Tiltag kan kun ændres på en åben sag med en forebyggelsesplan.",
        ["case.followUpOutsidePlan"] = "Et tiltag følges op fra den dag, planen blev aftalt, og ikke i fremtiden.",
        ["case.noSuchMeasure"] = "Planen har ikke tiltag nummer {measureId}.",
        ["case.measureNotPlanned"] = "Tiltaget er allerede {status:lower}; kun et planlagt tiltag kan ændres.",
        ["guard.onOrAfterFirstDay"] = "datoen skal ligge fra første sygedag og ikke i fremtiden",
        ["guard.heldWithinAbsence"] = "samtalen skal være holdt fra første sygedag og ikke i fremtiden",
        ["guard.startedWithinAbsence"] = "startdatoen skal ligge fra første sygedag og ikke i fremtiden",
        ["guard.agreedWithinAbsence"] = "planen skal være aftalt fra første sygedag og ikke i fremtiden",
        ["guard.closedWithinAbsence"] = "afslutningen skal ligge fra første sygedag og ikke i fremtiden",
        ["guard.requestedWithinAbsence"] = "anmodningen skal ligge fra første sygedag og ikke i fremtiden",
        ["guard.askedWithinAbsence"] = "ønsket skal ligge fra første sygedag og ikke i fremtiden",
        ["guard.madeWithinAbsence"] = "planen skal være lavet fra første sygedag og ikke i fremtiden",
        ["guard.notifiedWithinAbsence"] = "anmeldelsen skal ligge fra første sygedag og ikke i fremtiden",
        ["guard.returnedWithinOpenAbsence"] = "tilbagevenden skal ligge fra første dag i det åbne fravær og ikke i fremtiden",
        ["guard.noCareContactYet"] = "omsorgskontakten er allerede registreret, eller sagen er ikke en sygemelding",
        ["guard.firstConversationDeadlinePassed"] = "fristen for den første samtale skal være overskredet, eller sagen skal handle om hyppigt fravær",
        ["guard.absenceOpen"] = "der skal være et åbent fravær",
        ["guard.closeReason"] = "der skal være en årsag, og ved tilbagevenden skal datoen ligge fra første sygedag",
        ["guard.completeMeasures"] = "mindst ét tiltag, hvert med en ansvarlig og en opfølgningsdato",
        ["guard.closedRecently"] = "sagen skal være afsluttet for højst {days} dage siden",
        ["guard.relapse"] = "tilbagefaldet skal ligge inden for {days} dage efter afslutningen",
        ["guard.longAbsence"] = "den forventede tilbagevenden ligger mere end 8 uger fremme",
        ["guard.longAbsenceOrAsked"] = "den forventede tilbagevenden ligger mere end 8 uger fremme, eller medarbejderen har bedt om en plan",
        ["guard.notRequestedBefore"] = "der er ikke anmodet før",
        ["guard.notAskedBefore"] = "medarbejderen har ikke ønsket en plan før",
        ["guard.openForFourWeeks"] = "fraværet er åbent og har varet 4 uger",
        ["guard.passedEmployerPeriod"] = "fraværet er gået ud over arbejdsgiverperioden",
        ["guard.notNotifiedBefore"] = "der er ikke anmeldt før",
        ["section56.endsOutsideAgreement"] = "Aftalen gælder fra {from} til {to} og kan kun afsluttes inden for den tid.",
    };
}
