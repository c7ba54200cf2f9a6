namespace AbsenceCases.Application.Common.Exceptions;

/// <summary>Another unit of work, such as a large import, holds the write lock this request needs; the same request may succeed later.</summary>
public sealed class DatabaseBusyException() : RefusalException(new MessageCode(RefusalCodes.Conflict.DatabaseBusy));
