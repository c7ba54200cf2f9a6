using System.Text;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>Splits one record at semicolons; a field in double quotes may hold semicolons, line breaks and "" for a quote.</summary>
internal static class CsvLine
{
    public const char Separator = ';';

    /// <summary>False when a quoted field is still open at the end of the text: the record goes on in the next line.</summary>
    public static bool TrySplit(string text, List<string> fields)
    {
        if (!text.Contains('"'))
        {
            var start = 0;
            for (int end; (end = text.IndexOf(Separator, start)) >= 0; start = end + 1)
            {
                fields.Add(text[start..end]);
            }

            fields.Add(text[start..]);
            return true;
        }

        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == Separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return !quoted;
    }
}
