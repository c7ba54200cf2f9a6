namespace AbsenceCases.Domain.Common;

/// <summary>What stands where personal text was removed under the retention policy.</summary>
public static class Anonymised
{
    public const string Text = "[anonymiseret]";
}
