namespace AbsenceCases.Application.Common.Exceptions;

/// <summary>No <paramref name="code"/>'s kind of thing has the <paramref name="key"/> the caller named.</summary>
public sealed class NotFoundException(string code, object key) : RefusalException(new MessageCode(code, ("key", key)));
