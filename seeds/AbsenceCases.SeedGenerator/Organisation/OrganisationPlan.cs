namespace AbsenceCases.SeedGenerator.Organisation;

/// <summary>
/// The demo municipality: the root, one unit per area, the six pilot workplaces, a number of other workplaces
/// per area, and teams in every other workplace of the areas that use teams.
/// </summary>
internal sealed class OrganisationPlan
{
    private const string MunicipalityCode = "BK";
    private const string MunicipalityName = "Brønderslev Kommune";

    private readonly WeightedChoice<Workplace> _byShareOfEmployees;
    private readonly Dictionary<string, List<Workplace>> _byArea;

    private OrganisationPlan(IReadOnlyList<Unit> units, IReadOnlyList<Workplace> workplaces)
    {
        Units = units;
        Workplaces = workplaces;
        _byArea = workplaces.GroupBy(w => w.Area.Code).ToDictionary(g => g.Key, g => g.ToList());
        _byShareOfEmployees = new WeightedChoice<Workplace>(
            workplaces.Select(w => (w, w.Area.ShareOfEmployees / _byArea[w.Area.Code].Count)));
    }

    /// <summary>Every unit, parents before their children.</summary>
    public IReadOnlyList<Unit> Units { get; }

    public IReadOnlyList<Workplace> Workplaces { get; }

    public static OrganisationPlan Build(int otherWorkplacesPerArea)
    {
        var units = new List<Unit> { new(MunicipalityCode, MunicipalityName, UnitKind.Municipality, null, false) };
        var workplaces = new List<Workplace>();
        foreach (var area in AreaProfile.All)
        {
            units.Add(new Unit(area.Code, area.Name, UnitKind.Area, MunicipalityCode, false));
            var pilots = area.PilotWorkplaceNames.Select(name => (Name: name, IsPilot: true));
            var others = Enumerable.Range(0, otherWorkplacesPerArea).Select(i => (Name: area.OtherWorkplaceName(i), IsPilot: false));
            var ordinal = 0;
            foreach (var (name, isPilot) in pilots.Concat(others))
            {
                ordinal++;
                var workplace = CreateWorkplace(area, $"{area.WorkplaceCodePrefix}{ordinal:D2}", name, isPilot, withTeams: ordinal % 2 == 1);
                units.Add(workplace.Unit);
                units.AddRange(workplace.Teams);
                workplaces.Add(workplace);
            }
        }

        return new OrganisationPlan(units, workplaces);
    }

    /// <summary>A workplace for a new position, each area getting its share of the employees.</summary>
    public Workplace PickWorkplace(Random random) => _byShareOfEmployees.Pick(random);

    /// <summary>Another workplace of the same area, or null when the area has only this one.</summary>
    public Workplace? PickOtherWorkplaceInArea(Workplace current, Random random)
    {
        var candidates = _byArea[current.Area.Code];
        if (candidates.Count < 2)
        {
            return null;
        }

        var pick = candidates[random.Next(candidates.Count - 1)];
        return ReferenceEquals(pick, current) ? candidates[^1] : pick;
    }

    /// <summary>The workplace after this one in its area (the first after the last), or null when the area has only this one.</summary>
    public Workplace? NextWorkplaceInArea(Workplace current)
    {
        var inArea = _byArea[current.Area.Code];
        return inArea.Count < 2 ? null : inArea[(inArea.IndexOf(current) + 1) % inArea.Count];
    }

    private static Workplace CreateWorkplace(AreaProfile area, string code, string name, bool isPilot, bool withTeams)
    {
        var unit = new Unit(code, name, UnitKind.Workplace, area.Code, isPilot);
        var teams = withTeams
            ? area.Teams.Select(team => new Unit($"{code}-{team.CodeSuffix}", $"{name}, {team.Name}", UnitKind.Team, code, false)).ToList()
            : [];
        return new Workplace(unit, area, teams);
    }
}
