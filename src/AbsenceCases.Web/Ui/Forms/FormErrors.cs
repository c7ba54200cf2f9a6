using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AbsenceCases.Web.Ui.Forms;

/// <summary>
/// Puts the application's answers to bad input on the form, in the UI's language: field errors by field,
/// refused transitions, conflicts and a stale version at the top. Anything else is not the user's input.
/// The form binds the request (or a model with the request's property paths) under a prefix, so the API's path of
/// a field is the form's key: "measures[0].followUpOn" is "Input.Measures[0].FollowUpOn".
/// </summary>
public static class FormErrors
{
    /// <summary>The key of errors that belong to the whole form.</summary>
    public const string FormKey = "";

    /// <param name="prefix">The name the form model is bound under; empty for a page's own properties.</param>
    /// <param name="sent">The rows of the form that were sent, when the form leaves rows out of the request.</param>
    public static bool TryAdd(ModelStateDictionary modelState, Exception exception, UiTexts texts, string prefix = "Input", SentRows? sent = null)
    {
        switch (exception)
        {
            case RequestValidationException validation:
                foreach (var (path, messages) in validation.Errors)
                {
                    var key = Key(prefix, sent?.FormPath(path) ?? path);
                    foreach (var message in messages)
                    {
                        modelState.AddModelError(key, texts.Message(message));
                    }
                }

                return true;
            case RefusedFieldException refused:
                modelState.AddModelError(Key(prefix, sent?.FormPath(refused.Field) ?? refused.Field), Describe(refused.Refusal, texts));
                return true;
            case PreconditionFailedException:
                modelState.AddModelError(FormKey, texts.Errors.Stale);
                return true;
            case ConflictException or DomainException:
                modelState.AddModelError(FormKey, Describe((RefusalException)exception, texts));
                return true;
            default:
                return false;
        }
    }

    /// <summary>A refusal in the UI's language; a refused transition with the guards it did not meet.</summary>
    public static string Describe(RefusalException refusal, UiTexts texts) => refusal switch
    {
        InvalidTransitionException { UnmetGuards.Count: > 0 } transition =>
            texts.Errors.NotPermittedBecause(string.Join("; ", transition.UnmetGuards.Select(texts.Message))),
        InvalidTransitionException transition => texts.Errors.NotPermitted(texts.Name(transition.Trigger), texts.Name(transition.State)),
        _ => texts.Message(refusal.Refusal),
    };

    /// <summary>
    /// The form's key of an API path: each name capitalised as the form model's property, after the prefix. An element of
    /// a list of values ("roles[1]", "attendees[2]") belongs to the list's one control.
    /// </summary>
    public static string Key(string prefix, string path)
    {
        var names = path.Split('.');
        if (names[^1].IndexOf('[') is var element and > 0)
        {
            names[^1] = names[^1][..element];
        }

        var key = string.Join('.', names.Select(name => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..]));
        return prefix.Length == 0 ? key : $"{prefix}.{key}";
    }
}
