using System.Text.Json;
using CleanStudents.Application.Common.Results;

namespace CleanStudents.WebApi.Errors;

/// <summary>The one place where a use case's <see cref="Error"/> becomes an HTTP status.</summary>
internal static class ErrorResults
{
    /// <summary>A request member's path (<c>Target.Id</c>) as the JSON body spells it (<c>target.id</c>).</summary>
    public static string WireName(string memberPath) =>
        string.Join('.', memberPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Every error kind needs an HTTP status."),
    };

    public static IResult ToProblem(this Error error)
    {
        var status = StatusOf(error.Kind);
        return error.Fields is { } fields
            ? TypedResults.ValidationProblem(fields.ToDictionary(f => WireName(f.Key), f => f.Value), error.Detail,
                title: error.Title, type: ProblemTypes.For(status))
            : TypedResults.Problem(error.Detail, statusCode: status, title: error.Title, type: ProblemTypes.For(status));
    }
}
