using System.Text;
using System.Text.RegularExpressions;

namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>A message the test SMTP server accepted, with its subject and text body decoded.</summary>
public sealed partial record ReceivedMail(IReadOnlyList<string> To, string Subject, string Body)
{
    public static ReceivedMail Parse(IReadOnlyList<string> to, string data)
    {
        var split = data.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = Unfold(data[..split]);
        var body = data[(split + 4)..];
        var encoding = Header(headers, "Content-Transfer-Encoding")?.ToLowerInvariant();
        var text = encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", string.Empty))),
            "quoted-printable" => QuotedPrintable(body),
            _ => body,
        };
        return new ReceivedMail(to, EncodedWords(Header(headers, "Subject") ?? string.Empty), text.Replace("\r\n", "\n"));
    }

    private static string Unfold(string headers) => Regex.Replace(headers, "\r\n[ \t]+", " ");

    private static string? Header(string headers, string name) =>
        headers.Split("\r\n").FirstOrDefault(h => h.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim();

    /// <summary>RFC 2047: =?utf-8?B?...?= and =?utf-8?Q?...?= words, joined without the space between them.</summary>
    private static string EncodedWords(string value) =>
        EncodedWord().Replace(Regex.Replace(value, @"\?=\s+=\?", "?==?"), m => m.Groups[2].Value.ToUpperInvariant() == "B"
            ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[3].Value))
            : QuotedPrintable(m.Groups[3].Value.Replace('_', ' ')));

    private static string QuotedPrintable(string value)
    {
        var bytes = new List<byte>();
        var text = value.Replace("=\r\n", string.Empty);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length)
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
