using Microsoft.AspNetCore.Mvc.Filters;

namespace AbsenceCases.Web.Ui.Forms;

/// <summary>
/// A page that asks for data outside the user's scope answers 403, unknown data 404; the status pages then show
/// the reason in the user's language. Errors in a form's input are put on the form by the page itself.
/// </summary>
public sealed class UiExceptionFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        IActionResult? result = context.Exception switch
        {
            ForbiddenAccessException => new StatusCodeResult(StatusCodes.Status403Forbidden),
            NotFoundException => new StatusCodeResult(StatusCodes.Status404NotFound),
            UnauthenticatedException => new ChallengeResult(IdentityConstants.ApplicationScheme),
            _ => null,
        };
        if (result is not null)
        {
            context.Result = result;
            context.ExceptionHandled = true;
        }
    }
}
