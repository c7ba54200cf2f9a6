namespace AbsenceCases.Application.Organisation.ContactPersons;

/// <summary>A unit and its contact person: set on the unit itself, or shared from the nearest unit above it.</summary>
public sealed record ContactPersonDto(int UnitId, string UnitName, int FromUnitId, string UserId, string Name, string? Email);
