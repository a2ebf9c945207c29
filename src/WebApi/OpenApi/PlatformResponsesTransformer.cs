using CleanStudents.WebApi.Idempotency;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.OpenApi;

/// <summary>
/// What every /api route can answer besides its own outcomes, written where the middleware that
/// answers it is (rate limits, an unreachable database, the request timeout, Idempotency-Key on POST).
/// </summary>
internal sealed class PlatformResponsesTransformer : IOpenApiOperationTransformer
{
    private const string RetryAfter = "Retry-After";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) != true)
        {
            return Task.CompletedTask;
        }

        var problem = new OpenApiSchemaReference(nameof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.Document);
        operation.Responses ??= [];
        AddProblem(operation, problem, Status429TooManyRequests, "Too many requests from this caller: wait as Retry-After says.");
        operation.AddResponseHeader(Status429TooManyRequests, RetryAfter, "Seconds to wait before retrying.", JsonSchemaType.Integer);
        AddProblem(operation, problem, Status503ServiceUnavailable, "The database is unavailable: retry after Retry-After seconds.");
        operation.AddResponseHeader(Status503ServiceUnavailable, RetryAfter, "Seconds to wait before retrying.", JsonSchemaType.Integer);
        AddProblem(operation, problem, Status504GatewayTimeout, "The request took longer than the server allows and was cancelled.");

        if (context.Description.HttpMethod == HttpMethods.Post)
        {
            operation.AddRequestHeader(IdempotencyMiddleware.HeaderName,
                "Makes a retry safe: the same key with the same request within 24 h replays the first response and creates nothing new; " +
                "the same key with another request is 422.", IdempotencyMiddleware.KeyPattern);
            AddProblem(operation, problem, Status409Conflict, "Conflict, or a request with this Idempotency-Key is still being processed (then retry after Retry-After).");
            AddProblem(operation, problem, Status422UnprocessableEntity, "This Idempotency-Key was already used with a different request.");
            foreach (var success in operation.Responses.Keys.Where(k => k.StartsWith('2')).ToList())
            {
                operation.AddResponseHeader(int.Parse(success, System.Globalization.CultureInfo.InvariantCulture),
                    IdempotencyMiddleware.ReplayedHeaderName, "`true` when this is the stored first response to the Idempotency-Key.",
                    required: false);
            }
        }

        return Task.CompletedTask;
    }

    private static void AddProblem(OpenApiOperation operation, IOpenApiSchema problem, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
        };
    }
}
