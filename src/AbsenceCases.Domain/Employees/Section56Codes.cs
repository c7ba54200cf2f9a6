namespace AbsenceCases.Domain.Employees;

/// <summary>The refusals of a § 56 agreement.</summary>
[MessageCodes]
public static class Section56Codes
{
    /// <summary>Args: from, to (the agreement's first and last day).</summary>
    public const string EndsOutsideAgreement = "section56.endsOutsideAgreement";
}
