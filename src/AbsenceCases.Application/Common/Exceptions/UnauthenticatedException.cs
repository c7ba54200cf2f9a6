namespace AbsenceCases.Application.Common.Exceptions;

public sealed class UnauthenticatedException() : Exception("Sign in first.");
