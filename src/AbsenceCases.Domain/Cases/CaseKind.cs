namespace AbsenceCases.Domain.Cases;

public enum CaseKind
{
    /// <summary>Opened by a manager's sick call.</summary>
    SickCall,

    /// <summary>Opened by the frequent-absence trigger.</summary>
    FrequentAbsence,
}
