namespace AbsenceCases.Application.Common.Exceptions;

public sealed class UnauthenticatedException() : RefusalException(new MessageCode(RefusalCodes.Access.SignInFirst));
