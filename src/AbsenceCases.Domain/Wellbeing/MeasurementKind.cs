namespace AbsenceCases.Domain.Wellbeing;

/// <summary>What a workplace measurement asks about.</summary>
public enum MeasurementKind
{
    /// <summary>Social capital: trust, justice and cooperation (social kapital).</summary>
    SocialCapital,

    Wellbeing,

    /// <summary>The organisational and social work environment (organisatorisk og socialt arbejdsmiljø, OSA).</summary>
    Osa,

    /// <summary>A work-environment assessment (arbejdspladsvurdering, APV).</summary>
    Apv,
}
