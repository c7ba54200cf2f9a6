using System.Collections;
using System.Text.RegularExpressions;

namespace AbsenceCases.Web.Ui.Localisation.Messages;

/// <summary>
/// Fills a catalogue's template with a message's arguments in the language of <see cref="UiTexts"/>: "{max}" is an
/// argument, "{type:lower}" one in lower case; dates, numbers and enum values are written as that language writes them.
/// </summary>
public static partial class MessageTemplate
{
    public static string Render(MessageCode message, UiTexts texts) =>
        texts.Messages.TryGetValue(message.Code, out var template)
            ? Placeholder().Replace(template, placeholder => Argument(placeholder, message.Args, texts))
            : message.Code;

    private static string Argument(Match placeholder, IReadOnlyDictionary<string, object> args, UiTexts texts)
    {
        if (!args.TryGetValue(placeholder.Groups["name"].Value, out var value))
        {
            return placeholder.Value;
        }

        var text = Format(value, texts);
        return placeholder.Groups["lower"].Success ? text.ToLower(texts.Culture) : text;
    }

    private static string Format(object value, UiTexts texts) => value switch
    {
        DateOnly day => texts.Date(day),
        Enum known => texts.Names.GetValueOrDefault($"{known.GetType().Name}.{known}", known.ToString()),
        string text => text,
        IFormattable number => number.ToString(null, texts.Culture),
        IEnumerable many => string.Join(", ", many.Cast<object>().Select(item => Format(item, texts))),
        _ => value.ToString() ?? string.Empty,
    };

    [GeneratedRegex(@"\{(?<name>\w+)(?<lower>:lower)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
