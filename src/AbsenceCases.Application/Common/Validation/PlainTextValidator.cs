using FluentValidation.Validators;

namespace AbsenceCases.Application.Common.Validation;

/// <summary>A rule on a text's characters, whatever the request: the OpenAPI document describes a multi-line text as free text.</summary>
public interface IPlainTextValidator
{
    TextShape Shape { get; }
}

/// <summary>Refuses a text that holds a character <see cref="PlainText"/> refuses; null passes.</summary>
public sealed class PlainTextValidator<T>(TextShape shape) : PropertyValidator<T, string?>, IPlainTextValidator
{
    public TextShape Shape { get; } = shape;

    public override string Name => "PlainTextValidator";

    public override bool IsValid(ValidationContext<T> context, string? value) => value is null || PlainText.FirstRefused(value, Shape) is null;
}
