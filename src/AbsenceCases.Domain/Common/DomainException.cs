namespace AbsenceCases.Domain.Common;

/// <summary>A rule of the domain was broken by the caller's input or timing.</summary>
public class DomainException(string message) : Exception(message);
