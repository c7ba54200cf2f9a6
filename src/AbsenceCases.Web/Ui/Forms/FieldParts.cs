using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace AbsenceCases.Web.Ui.Forms;

/// <summary>
/// What every form field of the tag helpers shares: its name and id, its errors, the hint and error paragraphs,
/// and the ids that aria-describedby points at.
/// </summary>
public sealed record FieldParts(string Name, string Id, string? Hint, IReadOnlyList<string> Errors)
{
    public bool HasErrors => Errors.Count > 0;

    /// <summary>The hint's and the errors' ids, for aria-describedby.</summary>
    public IReadOnlyList<string> DescribedBy =>
        new[] { Hint is null ? null : $"{Id}-hint", HasErrors ? $"{Id}-error" : null }.OfType<string>().ToList();

    public static FieldParts Of(ModelExpression field, ViewContext view, string? hint)
    {
        var name = view.ViewData.TemplateInfo.GetFullHtmlFieldName(field.Name);
        var errors = view.ViewData.ModelState.TryGetValue(name, out var entry)
            ? entry.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).Distinct().ToList()
            : [];
        return new FieldParts(name, TagBuilder.CreateSanitizedId(name, "_"), hint, errors);
    }

    /// <summary>The hint, then the errors with a prefix for screen readers ("Fejl: ").</summary>
    public void AppendHintAndErrors(TagHelperOutput output, UiTexts texts)
    {
        if (Hint is not null)
        {
            output.Content.AppendHtml($"<p class=\"hint\" id=\"{Id}-hint\">{HtmlEncoder.Default.Encode(Hint)}</p>");
        }

        if (HasErrors)
        {
            var prefix = HtmlEncoder.Default.Encode(texts.Errors.ErrorPrefix);
            output.Content.AppendHtml($"<p class=\"field-error\" id=\"{Id}-error\"><span class=\"visually-hidden\">{prefix}: </span>");
            output.Content.Append(string.Join(" ", Errors));
            output.Content.AppendHtml("</p>");
        }
    }
}
