namespace AbsenceCases.Application.Common.Validation;

/// <summary>A name or a code is one line; a note may run over several.</summary>
public enum TextShape
{
    SingleLine,
    MultiLine,
}

/// <summary>
/// The characters no name or text may hold, for the API, the pages and the imports alike: control characters (C0,
/// DEL and C1; a multi-line text keeps tab, line feed and carriage return) and what text that was not valid UTF-8 or
/// UTF-16 leaves behind (U+FFFD, an unpaired surrogate, U+FFFE, U+FFFF). A single line holds no line or paragraph
/// separator either.
/// </summary>
public static class PlainText
{
    /// <summary>The first character the text may not hold, as "U+0001"; null when it holds none.</summary>
    public static string? FirstRefused(string text, TextShape shape)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsRefused(c, shape))
            {
                return $"U+{(int)c:X4}";
            }
        }

        return null;
    }

    private static bool IsRefused(char c, TextShape shape) => c switch
    {
        '\t' or '\n' or '\r' or '\u2028' or '\u2029' => shape == TextShape.SingleLine,
        '\uFFFD' or '\uFFFE' or '\uFFFF' => true,
        _ => char.IsControl(c) || char.IsSurrogate(c),
    };
}
