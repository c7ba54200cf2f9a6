namespace AbsenceCases.Application.Cases.Commands;

/// <summary>Why a documentation request is refused before the case is asked.</summary>
[MessageCodes]
public static class DocumentationCodes
{
    public const string ExpectedBeforeRequested = "documentation.expectedBeforeRequested";
}
