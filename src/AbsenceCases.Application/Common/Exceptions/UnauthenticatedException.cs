namespace AbsenceCases.Application.Common.Exceptions;

public sealed class UnauthenticatedException() : RefusalException(new MessageCode(Security.AccessCodes.SignInFirst));
