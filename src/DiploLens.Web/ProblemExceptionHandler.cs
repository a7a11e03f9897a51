using DiploLens.Search;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DiploLens.Web;

/// <summary>
/// Turns exceptions into ProblemDetails: a malformed query is the client's 400 (with the position), a bad paging value
/// too; anything else is a 500 with a generic message — never a stack trace.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            QuerySyntaxException q => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Malformed query",
                Detail = q.Message,
                Extensions = { ["position"] = q.Position },
            },
            ArgumentException a => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "Invalid parameter", Detail = a.Message },
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = "Bad request" },
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Path}", context.Request.Path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "Internal error", Detail = "The server could not complete the request." };
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = null });
    }
}
