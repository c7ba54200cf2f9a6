namespace AbsenceCases.Domain.Common;

/// <summary>
/// What the system has to tell a user, as a stable code and its arguments (a date, a number, an enum value): the web
/// host renders it in the reader's language, in the pages and in API answers alike; API consumers read the structured
/// fields beside it (a refusal's codes, a notification's deadline kind, a board reason's code and date).
/// </summary>
public sealed record MessageCode(string Code, IReadOnlyDictionary<string, object> Args)
{
    public MessageCode(string code, params (string Name, object Value)[] args)
        : this(code, args.ToDictionary(arg => arg.Name, arg => arg.Value))
    {
    }

    public override string ToString() =>
        Args.Count == 0 ? Code : $"{Code}({string.Join(", ", Args.Select(arg => $"{arg.Key}: {Text(arg.Value)}"))})";

    private static string? Text(object value) =>
        value is System.Collections.IEnumerable many and not string ? $"[{string.Join(", ", many.Cast<object>())}]" : value.ToString();
}
