using AbsenceCases.Web.Ui.Pages.Cases;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace AbsenceCases.Web.Ui.Security;

/// <summary>A case form page sends its command: it opens only for those the command's declaration names.</summary>
public sealed class CaseFormPermissions : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        if (CommandOf(model.HandlerType.AsType()) is { } command)
        {
            model.EndpointMetadata.Add(new SendsAttribute(command));
        }
    }

    public static Type? CommandOf(Type? pageModel)
    {
        for (var type = pageModel; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(CaseFormPage<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
