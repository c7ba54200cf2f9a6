namespace AbsenceCases.SeedGenerator.Organisation;

internal sealed record TeamTemplate(string CodeSuffix, string Name);

/// <summary>
/// An area (forvaltningsområde) of the demo municipality: its workplaces, teams, staff groups and how much
/// sickness absence its work typically brings compared with the municipality as a whole.
/// </summary>
internal sealed record AreaProfile(
    string Code,
    string Name,
    string WorkplaceCodePrefix,
    double ShareOfEmployees,
    double SicknessFactor,
    IReadOnlyList<string> PilotWorkplaceNames,
    IReadOnlyList<string> OtherWorkplaceNames,
    IReadOnlyList<TeamTemplate> Teams,
    WeightedChoice<StaffGroup> StaffGroups)
{
    public static IReadOnlyList<AreaProfile> All { get; } =
    [
        new(
            "SKOLE",
            "Skoler",
            "S",
            ShareOfEmployees: 0.33,
            SicknessFactor: 0.9,
            ["Engholmskolen", "Lyngbakkeskolen"],
            ["Vesterbakkeskolen", "Nørremarksskolen", "Hyldehøjskolen"],
            [new("IND", "Indskoling"), new("MEL", "Mellemtrin"), new("UDS", "Udskoling")],
            WeightedChoice<StaffGroup>.Of(
                (Group("Lærer", (37m, 7), (32m, 1), (30m, 1)), 65),
                (Group("Pædagog", (37m, 2), (32m, 3), (30m, 3), (25m, 1)), 22),
                (Group("Pædagogmedhjælper", (30m, 2), (25m, 2), (18.5m, 1)), 8),
                (Group("Administrativ medarbejder", (37m, 2), (30m, 1)), 5))),
        new(
            "DAGTILBUD",
            "Dagtilbud",
            "D",
            ShareOfEmployees: 0.25,
            SicknessFactor: 1.1,
            ["Børnehuset Kornblomsten", "Dagtilbud Lærkereden"],
            ["Børnehaven Troldehøjen", "Vuggestuen Myretuen", "Børnehuset Spiren"],
            [new("VUG", "Vuggestue"), new("BH", "Børnehave")],
            WeightedChoice<StaffGroup>.Of(
                (Group("Pædagog", (37m, 3), (32m, 4), (30m, 3), (28m, 1)), 58),
                (Group("Pædagogmedhjælper", (32m, 2), (30m, 3), (28m, 2), (25m, 2), (18.5m, 1)), 42))),
        new(
            "AELDRE",
            "Ældre og Pleje",
            "P",
            ShareOfEmployees: 0.32,
            SicknessFactor: 1.2,
            ["Botilbuddet Kildevang", "Plejecentret Egebo"],
            ["Hjemmeplejen Nord", "Plejecentret Solbakken", "Bostedet Skovly"],
            [new("DAG", "Dagvagt"), new("AFT", "Aftenvagt"), new("NAT", "Nattevagt")],
            WeightedChoice<StaffGroup>.Of(
                (Group("Social- og sundhedshjælper", (37m, 1), (32m, 2), (30m, 3), (28m, 3), (25m, 2), (18.5m, 1)), 38),
                (Group("Social- og sundhedsassistent", (37m, 2), (32m, 3), (30m, 3), (28m, 2)), 35),
                (Group("Sygeplejerske", (37m, 3), (32m, 2), (30m, 1)), 12),
                (Group("Pædagog", (37m, 2), (32m, 2), (30m, 1)), 10),
                (Group("Administrativ medarbejder", (37m, 1), (30m, 1)), 5))),
        new(
            "ADM",
            "Administration",
            "A",
            ShareOfEmployees: 0.10,
            SicknessFactor: 0.7,
            [],
            ["Borgerservice", "HR og Løn", "Økonomi og IT", "Jobcenter"],
            [],
            WeightedChoice<StaffGroup>.Of(
                (Group("Administrativ medarbejder", (37m, 6), (32m, 2), (30m, 1)), 1))),
    ];

    /// <summary>The name of the area's n-th other workplace; past the named list the names repeat with a number.</summary>
    public string OtherWorkplaceName(int index)
    {
        var name = OtherWorkplaceNames[index % OtherWorkplaceNames.Count];
        var round = index / OtherWorkplaceNames.Count;
        return round == 0 ? name : $"{name} {round + 1}";
    }

    private static StaffGroup Group(string name, params (decimal Hours, double Weight)[] weeklyHours) =>
        new(name, new WeightedChoice<decimal>(weeklyHours));
}
