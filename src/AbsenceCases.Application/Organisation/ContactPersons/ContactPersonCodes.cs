namespace AbsenceCases.Application.Organisation.ContactPersons;

/// <summary>Why a contact person is refused.</summary>
[MessageCodes]
public static class ContactPersonCodes
{
    /// <summary>The escalations a contact person receives name the case, so they must be able to read it.</summary>
    public const string WithoutAccess = "contactPerson.withoutAccess";

    /// <summary>Contact persons are named for areas and workplaces; teams share their workplace's.</summary>
    public const string AreaOrWorkplace = "contactPerson.areaOrWorkplace";
}
