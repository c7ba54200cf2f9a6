using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace AbsenceCases.Web.Ui.Forms;

/// <summary>
/// One form field the same way everywhere: a label, an optional hint, the field's errors and the control, with
/// aria-describedby pointing at the hint and errors and aria-invalid when there are errors.
/// <c>&lt;ui-field for="Input.FirstDay" label="…" type="date" required /&gt;</c>; type is a input type, "textarea",
/// "select" (with items) or "checkbox".
/// </summary>
[HtmlTargetElement("ui-field", Attributes = "for,label", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator, UiTexts texts) : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    [HtmlAttributeName("label")]
    public string Label { get; set; } = string.Empty;

    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>Shown after the label of a field that may be left empty.</summary>
    [HtmlAttributeName("optional")]
    public string? Optional { get; set; }

    [HtmlAttributeName("required")]
    public bool Required { get; set; }

    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    [HtmlAttributeName("option-label")]
    public string? OptionLabel { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("min")]
    public string? Min { get; set; }

    [HtmlAttributeName("max")]
    public string? Max { get; set; }

    /// <summary>The longest text the field takes, the limit its request's validator sets (TextLimits).</summary>
    [HtmlAttributeName("maxlength")]
    public int? MaxLength { get; set; }

    [HtmlAttributeName("accept")]
    public string? Accept { get; set; }

    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 3;

    [HtmlAttributeName("autofocus")]
    public bool Autofocus { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FieldParts.Of(For, ViewContext, Hint);
        var control = Control(Attributes(field.DescribedBy, field.HasErrors));
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", field.HasErrors ? "field field--error" : "field");
        if (Type == "checkbox")
        {
            output.Attributes.SetAttribute("class", "field field--checkbox");
            output.Content.AppendHtml(control);
            output.Content.AppendHtml(LabelTag(field.Id));
            return;
        }

        output.Content.AppendHtml(LabelTag(field.Id));
        field.AppendHintAndErrors(output, texts);
        output.Content.AppendHtml(control);
    }

    private Dictionary<string, object?> Attributes(IReadOnlyList<string> describedBy, bool invalid)
    {
        var attributes = new Dictionary<string, object?>();
        void Add(string key, object? value)
        {
            if (value is not null)
            {
                attributes[key] = value;
            }
        }

        Add("aria-describedby", describedBy.Count > 0 ? string.Join(' ', describedBy) : null);
        Add("aria-invalid", invalid ? "true" : null);
        Add("required", Required ? "required" : null);
        Add("autocomplete", Autocomplete);
        Add("min", Min);
        Add("max", Max);
        Add("autofocus", Autofocus ? "autofocus" : null);
        Add("accept", Accept);
        Add("maxlength", MaxLength?.ToString(CultureInfo.InvariantCulture));
        return attributes;
    }

    private IHtmlContent Control(Dictionary<string, object?> attributes) => Type switch
    {
        "textarea" => generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, Rows, 0, attributes),
        "select" => generator.GenerateSelect(ViewContext, For.ModelExplorer, OptionLabel, For.Name, Items ?? [], false, attributes),
        "checkbox" => Checkbox(attributes),
        "file" => FileInput(attributes),
        "password" => generator.GeneratePassword(ViewContext, For.ModelExplorer, For.Name, null, attributes),
        _ => TextBox(attributes),
    };

    private IHtmlContent TextBox(Dictionary<string, object?> attributes)
    {
        attributes["type"] = Type;
        var format = Type == "date" ? "{0:yyyy-MM-dd}" : null;
        return generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, For.Model, format, attributes);
    }

    /// <summary>A file input never echoes a value back.</summary>
    private IHtmlContent FileInput(Dictionary<string, object?> attributes)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.MergeAttributes(attributes);
        input.MergeAttribute("type", "file");
        input.MergeAttribute("name", name);
        input.GenerateId(name, "_");
        return input;
    }

    private IHtmlContent Checkbox(Dictionary<string, object?> attributes)
    {
        var content = new HtmlContentBuilder();
        content.AppendHtml(generator.GenerateCheckBox(ViewContext, For.ModelExplorer, For.Name, null, attributes));
        content.AppendHtml(generator.GenerateHiddenForCheckbox(ViewContext, For.ModelExplorer, For.Name));
        return content;
    }

    private IHtmlContent LabelTag(string id)
    {
        var label = new TagBuilder("label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label);
        if (Optional is not null)
        {
            label.InnerHtml.AppendHtml(" <span class=\"optional\">");
            label.InnerHtml.Append(Optional);
            label.InnerHtml.AppendHtml("</span>");
        }

        return label;
    }
}
