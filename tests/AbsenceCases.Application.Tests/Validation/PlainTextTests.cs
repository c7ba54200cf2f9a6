using AbsenceCases.Application.Common.Validation;

namespace AbsenceCases.Application.Tests.Validation;

/// <summary>Which characters a name (one line) and a note (several lines) may hold.</summary>
public sealed class PlainTextTests
{
    [TestCase("Søren Ærø-Ågård")]
    [TestCase("Zoë 😀 O'Brien")]
    [TestCase("=1+2")]
    public void ShouldAcceptOrdinaryTextOfEveryScript(string text)
    {
        Assert.That(PlainText.FirstRefused(text, TextShape.SingleLine), Is.Null);
        Assert.That(PlainText.FirstRefused(text, TextShape.MultiLine), Is.Null);
    }

    [TestCase("Første linje\r\nAnden linje\tmed tabulator\u2028")]
    public void ShouldKeepTabsAndLineBreaksInANote(string text)
    {
        Assert.That(PlainText.FirstRefused(text, TextShape.MultiLine), Is.Null);
    }

    [TestCase("Anna\nAndersen", "U+000A")]
    [TestCase("Anna\rAndersen", "U+000D")]
    [TestCase("Anna\tAndersen", "U+0009")]
    [TestCase("Anna\u2029Andersen", "U+2029")]
    public void ShouldRefuseALineBreakOrTabInAName(string text, string found)
    {
        Assert.That(PlainText.FirstRefused(text, TextShape.SingleLine), Is.EqualTo(found));
    }

    [TestCase("Bad\u0001Name", "U+0001")]
    [TestCase("\u0000", "U+0000")]
    [TestCase("del\u007F", "U+007F")]
    [TestCase("next line\u0085", "U+0085")]
    [TestCase("c1\u009F", "U+009F")]
    [TestCase("S\uFFFDren", "U+FFFD")]
    [TestCase("not a character \uFFFF", "U+FFFF")]
    public void ShouldRefuseControlCharactersAndTheTracesOfInvalidText(string text, string found)
    {
        Assert.That(PlainText.FirstRefused(text, TextShape.SingleLine), Is.EqualTo(found));
        Assert.That(PlainText.FirstRefused(text, TextShape.MultiLine), Is.EqualTo(found));
    }

    /// <summary>Built in code: an attribute's text cannot hold half a surrogate pair.</summary>
    [TestCase(0xD83D, "U+D83D")]
    [TestCase(0xDE00, "U+DE00")]
    public void ShouldRefuseAnUnpairedSurrogate(int code, string found)
    {
        var text = $"half {(char)code} pair";

        Assert.That(PlainText.FirstRefused(text, TextShape.SingleLine), Is.EqualTo(found));
        Assert.That(PlainText.FirstRefused(text, TextShape.MultiLine), Is.EqualTo(found));
    }
}
