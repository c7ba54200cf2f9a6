using System.Reflection;
using AbsenceCases.Domain.Common;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Web.Ui.Localisation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AbsenceCases.Web.Ui.Forms;

/// <summary>
/// Puts the application's answers to bad input on the form, in the UI's language: field errors by field,
/// refused transitions, conflicts and a stale version at the top. Anything else is not the user's input.
/// </summary>
public static class FormErrors
{
    /// <summary>The key of errors that belong to the whole form.</summary>
    public const string FormKey = "";

    /// <param name="input">The type of the bound form model, whose property names follow the request's fields.</param>
    /// <param name="prefix">The name the form model is bound under; empty for a page's own properties.</param>
    /// <param name="field">Rewrites an API field path before it is matched to the form (e.g. to renumber rows).</param>
    public static bool TryAdd(
        ModelStateDictionary modelState, Exception exception, UiTexts texts, Type input, string prefix = "Input", Func<string, string>? field = null)
    {
        switch (exception)
        {
            case RequestValidationException validation:
                foreach (var (path, messages) in validation.Errors)
                {
                    var key = FieldKey(field is null ? path : field(path), input, prefix);
                    foreach (var message in messages)
                    {
                        modelState.AddModelError(key, texts.Message(message));
                    }
                }

                return true;
            case InvalidTransitionException transition:
                modelState.AddModelError(FormKey, Describe(transition, texts));
                return true;
            case PreconditionFailedException:
                modelState.AddModelError(FormKey, texts.Errors.Stale);
                return true;
            case ConflictException or DomainException:
                modelState.AddModelError(FormKey, texts.Message(((RefusalException)exception).Refusal));
                return true;
            default:
                return false;
        }
    }

    public static string Describe(InvalidTransitionException transition, UiTexts texts) =>
        transition.UnmetGuards.Count > 0
            ? texts.Errors.NotPermittedBecause(string.Join("; ", transition.UnmetGuards.Select(texts.Message)))
            : texts.Errors.NotPermitted(texts.Name(transition.Trigger), texts.Name(transition.State));

    /// <summary>
    /// "measures[0].followUpOn" on a form bound as Input becomes "Input.Measures[0].FollowUpOn" when the form
    /// model has that property; a field the form does not have belongs to the whole form.
    /// </summary>
    public static string FieldKey(string path, Type input, string prefix)
    {
        var type = input;
        var segments = new List<string>();
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[');
            var name = bracket < 0 ? segment : segment[..bracket];
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || name.Length == 0)
            {
                return FormKey;
            }

            segments.Add(property.Name + (bracket < 0 ? string.Empty : segment[bracket..]));
            type = bracket < 0 ? property.PropertyType : ElementType(property.PropertyType) ?? typeof(object);
        }

        var key = string.Join('.', segments);
        return prefix.Length == 0 ? key : $"{prefix}.{key}";
    }

    private static Type? ElementType(Type collection) =>
        collection.IsArray
            ? collection.GetElementType()
            : collection.GetInterfaces().Append(collection)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?
                .GetGenericArguments()[0];
}
