namespace AbsenceCases.Domain.Organisation;

/// <summary>
/// The named HR or work-environment consultant a unit turns to for support; the units below it share them unless
/// they have their own. They hear of the unit's overdue deadlines before HR at large.
/// </summary>
public sealed class UnitContactPerson(int unitId, string userId)
{
    public int UnitId { get; private set; } = unitId;

    public string UserId { get; private set; } = userId;

    public void Replace(string userId) => UserId = userId;
}
