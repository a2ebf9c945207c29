using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CleanStudents.WebApi.Errors;

/// <summary>Writes RFC 9457 problem responses; every error the API sends goes through here.</summary>
internal static class ProblemResponses
{
    public static void Enrich(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        if (problem.Type is null || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
        {
            problem.Type = ProblemTypes.For(status);
        }

        BindingFailures.ExplainBareBadRequest(context);
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
    }

    /// <param name="errors">Field → messages, as a validation failure names them; none for other problems.</param>
    public static async Task WriteAsync(HttpContext httpContext, int status, string title, string detail,
        IDictionary<string, string[]>? errors = null)
    {
        httpContext.Response.StatusCode = status;
        var problem = errors is null ? new ProblemDetails() : new HttpValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;
        var problems = httpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }
}
