using System.Reflection;
using AbsenceCases.Application.Common.Validation;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AbsenceCases.Web.Infrastructure;

/// <summary>
/// Writes into the OpenAPI document what a request's validators ask of its texts: the maxLength of each, and on every
/// free text (a multi-line text rule) the pages' hint that it never holds a diagnosis (helbredsoplysningsloven § 2).
/// </summary>
public sealed class TextRulesSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is not null || schema.Properties is not { Count: > 0 } properties)
        {
            return Task.CompletedTask;
        }

        using var scope = context.ApplicationServices.CreateScope();
        var rules = scope.ServiceProvider.GetServices(typeof(IValidator<>).MakeGenericType(context.JsonTypeInfo.Type))
            .Cast<IValidator>()
            .SelectMany(validator => validator.CreateDescriptor().Rules);
        foreach (var rule in rules)
        {
            var property = context.JsonTypeInfo.Properties.FirstOrDefault(p => (p.AttributeProvider as MemberInfo)?.Name == rule.PropertyName);
            if (property is null || !properties.TryGetValue(property.Name, out var propertySchema))
            {
                continue;
            }

            if ((IsForEach(rule) ? propertySchema.Items : propertySchema) is OpenApiSchema text)
            {
                Describe(text, rule.Components.Select(c => c.Validator));
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>A RuleForEach describes the list's items.</summary>
    private static bool IsForEach(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    private static void Describe(OpenApiSchema text, IEnumerable<IPropertyValidator> validators)
    {
        foreach (var validator in validators)
        {
            switch (validator)
            {
                case ILengthValidator { Max: > 0 } length:
                    text.MaxLength = length.Max;
                    break;
                case IPlainTextValidator { Shape: TextShape.MultiLine }:
                    text.Description = UiTexts.English.Actions.NoDiagnosis;
                    break;
            }
        }
    }
}
