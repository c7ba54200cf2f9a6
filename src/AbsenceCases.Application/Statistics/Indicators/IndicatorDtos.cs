namespace AbsenceCases.Application.Statistics.Indicators;

/// <summary>The five core elements of the model.</summary>
public enum CoreElement
{
    SickCall,
    Prevention,
    AbsenceCoordination,
    Organisation,
    Data,
}

/// <summary>
/// One implementation indicator: how many of how many, the share in percent, its target and whether it is met. Its
/// name is a code of <see cref="StatisticsCodes"/>, its key that code without the area.
/// </summary>
public sealed record Indicator(
    string Key, CoreElement Element, MessageCode Name, int Numerator, int Denominator, double? ValuePercent, double TargetPercent, bool? Met);

public sealed record IndicatorReport(string From, string To, int? UnitId, IReadOnlyList<Indicator> Indicators)
{
    /// <summary>Every indicator that could be measured is at its target.</summary>
    public bool AllMet => AreAllMet(Indicators);

    public static bool AreAllMet(IEnumerable<Indicator> indicators) => indicators.All(i => i.Met != false);
}
