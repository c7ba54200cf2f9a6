namespace AbsenceCases.Domain.Organisation;

/// <summary>
/// A unit of the municipality: municipality → area → workplace → team. <see cref="Path"/> holds the codes
/// from the root down ("/BK/SKOLE/S01/"), so a subtree is every unit whose path starts with its root's.
/// </summary>
public sealed class OrganisationUnit
{
    private OrganisationUnit()
    {
        Code = Name = Path = string.Empty;
    }

    public OrganisationUnit(string code, string name, UnitKind kind, OrganisationUnit? parent, bool isPilot)
    {
        Code = code;
        Name = name;
        Kind = kind;
        IsPilot = isPilot;
        Path = string.Empty;
        MoveUnder(parent);
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public UnitKind Kind { get; private set; }

    public int? ParentId { get; private set; }

    public OrganisationUnit? Parent { get; private set; }

    public bool IsPilot { get; private set; }

    public string Path { get; private set; }

    public bool IsWithin(OrganisationUnit root) => Path.StartsWith(root.Path, StringComparison.Ordinal);

    /// <summary>Changes the unit; when it moves, the caller refreshes the paths of the units below it, parents first.</summary>
    public void Update(string name, UnitKind kind, OrganisationUnit? parent, bool isPilot)
    {
        Name = name;
        Kind = kind;
        IsPilot = isPilot;
        MoveUnder(parent);
    }

    public bool Matches(string name, UnitKind kind, string? parentCode, bool isPilot) =>
        Name == name && Kind == kind && IsPilot == isPilot && Parent?.Code == parentCode;

    /// <summary>Rebuilds the path from the parent's, after the parent or a unit above it has moved.</summary>
    public void RefreshPath() => Path = (Parent?.Path ?? "/") + Code + "/";

    private void MoveUnder(OrganisationUnit? parent)
    {
        Parent = parent;
        ParentId = parent?.Id;
        RefreshPath();
    }
}
