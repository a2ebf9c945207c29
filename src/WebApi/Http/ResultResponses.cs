using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.WebApi.Errors;

namespace CleanStudents.WebApi.Http;

/// <summary>Turns use-case results into responses: the success shape per verb, or a problem.</summary>
internal static class ResultResponses
{
    public static IResult ToOk<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();

    public static IResult ToOk<T>(this Result<Versioned<T>> result, HttpContext httpContext)
    {
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem();
        }

        httpContext.Response.Headers.ETag = ETags.Format(result.Value.Version);
        return TypedResults.Ok(result.Value.Value);
    }

    /// <summary>201 with the new resource, its ETag and a <c>Location</c> below the collection's path.</summary>
    public static IResult ToCreated<T>(this Result<Versioned<T>> result, HttpContext httpContext, Func<T, Guid> idOf)
    {
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem();
        }

        var request = httpContext.Request;
        httpContext.Response.Headers.ETag = ETags.Format(result.Value.Version);
        return TypedResults.Created($"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{idOf(result.Value.Value)}",
            result.Value.Value);
    }

    /// <summary>201 for a resource that has no URL of its own to put in <c>Location</c>.</summary>
    public static IResult ToCreated<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Created((string?)null, result.Value) : result.Error.ToProblem();

    /// <summary>201 for a created resource that has no version of its own (an enrollment).</summary>
    public static IResult ToCreated<T>(this Result<T> result, Func<T, string> location) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value), result.Value) : result.Error.ToProblem();

    public static IResult ToNoContent(this Result<Unit> result) =>
        result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();

    /// <summary>202: the work is queued and happens after the response.</summary>
    public static IResult ToAccepted(this Result<Unit> result) =>
        result.IsSuccess ? TypedResults.Accepted((string?)null) : result.Error.ToProblem();
}
