namespace AbsenceCases.SeedGenerator.Workforce;

/// <summary>Invented Danish-looking names, combined at random from common first, middle and last names.</summary>
internal static class NameGenerator
{
    private const double MiddleNameShare = 0.3;

    private static readonly string[] FirstNames =
    [
        "Anne", "Mette", "Hanne", "Susanne", "Lene", "Camilla", "Louise", "Maria", "Charlotte", "Marianne",
        "Pia", "Helle", "Tina", "Karina", "Line", "Sofie", "Julie", "Ida", "Emma", "Katrine",
        "Birgitte", "Dorthe", "Jette", "Lone", "Rikke", "Signe", "Stine", "Maja", "Cecilie", "Trine",
        "Lars", "Jens", "Peter", "Michael", "Søren", "Thomas", "Henrik", "Martin", "Anders", "Rasmus",
        "Jesper", "Niels", "Kasper", "Morten", "Mads", "Christian", "Jakob", "Frederik", "Mikkel", "Ole",
    ];

    private static readonly string[] MiddleNames =
    [
        "Kjær", "Holm", "Skov", "Dahl", "Bach", "Krogh", "Bak", "Vestergaard", "Nørgaard", "Kirk", "Riis", "Damgaard", "Juul",
    ];

    private static readonly string[] LastNames =
    [
        "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen",
        "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen",
        "Knudsen", "Jakobsen", "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Eriksen",
        "Kristiansen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Jeppesen", "Mogensen", "Jacobsen", "Thygesen",
    ];

    public static string Next(Random random)
    {
        var first = FirstNames[random.Next(FirstNames.Length)];
        var last = LastNames[random.Next(LastNames.Length)];
        return random.Chance(MiddleNameShare)
            ? $"{first} {MiddleNames[random.Next(MiddleNames.Length)]} {last}"
            : $"{first} {last}";
    }
}
