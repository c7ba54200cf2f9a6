using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace AbsenceCases.Web.Ui.Forms;

/// <summary>Model binding's own messages (a date that is not a date, a number that is not a number) in the request's language.</summary>
public static class BindingMessages
{
    public static void Localise(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueIsInvalidAccessor(value => UiTexts.Current.Errors.ValueInvalid(value));
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => UiTexts.Current.Errors.ValueInvalid(value));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => UiTexts.Current.Errors.ValueInvalid(value));
        messages.SetUnknownValueIsInvalidAccessor(_ => UiTexts.Current.Errors.ValueInvalid(string.Empty));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => UiTexts.Current.Errors.ValueInvalid(string.Empty));
        messages.SetValueMustBeANumberAccessor(_ => UiTexts.Current.Errors.MustBeNumber);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => UiTexts.Current.Errors.MustBeNumber);
        messages.SetValueMustNotBeNullAccessor(_ => UiTexts.Current.Errors.Required);
        messages.SetMissingBindRequiredValueAccessor(_ => UiTexts.Current.Errors.Required);
        messages.SetMissingKeyOrValueAccessor(() => UiTexts.Current.Errors.Required);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => UiTexts.Current.Errors.Required);
    }
}
