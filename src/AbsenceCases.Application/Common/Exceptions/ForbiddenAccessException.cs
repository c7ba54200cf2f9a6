namespace AbsenceCases.Application.Common.Exceptions;

/// <summary>The caller is signed in but the data lies outside their role or units.</summary>
public sealed class ForbiddenAccessException(string code, params (string Name, object Value)[] args) : RefusalException(new MessageCode(code, args));
