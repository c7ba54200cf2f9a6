using System.Text.Encodings.Web;
using AbsenceCases.Web.Ui.Localisation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace AbsenceCases.Web.Ui.Forms;

/// <summary>
/// A choice of several values the same way everywhere: a fieldset whose legend is the label, an optional hint,
/// the field's errors and one labelled checkbox per item, all named like the list they bind to.
/// <c>&lt;ui-checkboxes for="Input.WorkplaceIds" label="…" items="…" /&gt;</c>; an item is checked when it is selected.
/// </summary>
[HtmlTargetElement("ui-checkboxes", Attributes = "for,label,items", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CheckboxesTagHelper(UiTexts texts) : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    [HtmlAttributeName("label")]
    public string Label { get; set; } = string.Empty;

    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var errors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry)
            ? entry.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).Distinct().ToList()
            : [];
        var describedBy = new[] { Hint is null ? null : $"{id}-hint", errors.Count == 0 ? null : $"{id}-error" }.OfType<string>().ToList();

        output.TagName = "fieldset";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", id);
        output.Attributes.SetAttribute("class", errors.Count > 0 ? "field checkboxes field--error" : "field checkboxes");
        if (describedBy.Count > 0)
        {
            output.Attributes.SetAttribute("aria-describedby", string.Join(' ', describedBy));
        }

        output.Content.AppendHtml("<legend>");
        output.Content.Append(Label);
        output.Content.AppendHtml("</legend>");
        if (Hint is not null)
        {
            output.Content.AppendHtml($"<p class=\"hint\" id=\"{id}-hint\">{HtmlEncoder.Default.Encode(Hint)}</p>");
        }

        if (errors.Count > 0)
        {
            var prefix = HtmlEncoder.Default.Encode(texts.Errors.ErrorPrefix);
            output.Content.AppendHtml($"<p class=\"field-error\" id=\"{id}-error\"><span class=\"visually-hidden\">{prefix}: </span>");
            output.Content.Append(string.Join(" ", errors));
            output.Content.AppendHtml("</p>");
        }

        foreach (var item in Items)
        {
            var box = TagBuilder.CreateSanitizedId($"{id}_{item.Value}", "_");
            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.MergeAttribute("type", "checkbox");
            input.MergeAttribute("id", box);
            input.MergeAttribute("name", name);
            input.MergeAttribute("value", item.Value);
            if (item.Selected)
            {
                input.MergeAttribute("checked", "checked");
            }

            var label = new TagBuilder("label");
            label.MergeAttribute("for", box);
            label.InnerHtml.Append(item.Text);
            output.Content.AppendHtml("<div class=\"field--checkbox\">");
            output.Content.AppendHtml(input);
            output.Content.AppendHtml(label);
            output.Content.AppendHtml("</div>");
        }
    }
}
