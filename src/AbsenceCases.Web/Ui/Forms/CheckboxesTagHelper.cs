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
        var field = FieldParts.Of(For, ViewContext, Hint);
        output.TagName = "fieldset";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", field.Id);
        output.Attributes.SetAttribute("class", field.HasErrors ? "field checkboxes field--error" : "field checkboxes");
        if (field.DescribedBy.Count > 0)
        {
            output.Attributes.SetAttribute("aria-describedby", string.Join(' ', field.DescribedBy));
        }

        output.Content.AppendHtml("<legend>");
        output.Content.Append(Label);
        output.Content.AppendHtml("</legend>");
        field.AppendHintAndErrors(output, texts);
        foreach (var item in Items)
        {
            var box = TagBuilder.CreateSanitizedId($"{field.Id}_{item.Value}", "_");
            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.MergeAttribute("type", "checkbox");
            input.MergeAttribute("id", box);
            input.MergeAttribute("name", field.Name);
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
