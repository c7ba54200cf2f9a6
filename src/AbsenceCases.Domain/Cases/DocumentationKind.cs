namespace AbsenceCases.Domain.Cases;

/// <summary>The documentation an employer may ask of the employee's doctor. Stored by name.</summary>
public enum DocumentationKind
{
    /// <summary>Friattest: the absence is due to illness.</summary>
    FitNote,

    /// <summary>Mulighedserklæring: what the employee can do at work despite the illness.</summary>
    PossibilityStatement,

    /// <summary>Varighedserklæring: how long the absence is expected to last.</summary>
    DurationStatement,

    /// <summary>Statusattest: the doctor's statement of the employee's situation after a longer absence.</summary>
    StatusStatement,
}
