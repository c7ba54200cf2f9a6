namespace AbsenceCases.Application.Common.Exceptions;

/// <summary>The request clashes with data already there: a duplicate, or a change by someone else.</summary>
public sealed class ConflictException(string code, params (string Name, object Value)[] args) : RefusalException(new MessageCode(code, args));
