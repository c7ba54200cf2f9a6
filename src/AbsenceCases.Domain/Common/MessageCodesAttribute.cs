namespace AbsenceCases.Domain.Common;

/// <summary>Marks a static class whose string constants are message codes; every one has a text in every language.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MessageCodesAttribute : Attribute;
