using System.Text.Json;
using System.Text.Json.Nodes;
using ISender = Mediator.ISender;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.SignUps.Commands.LinkConfirmedUser;
using CleanStudents.Application.SignUps.Queries.ScreenSignUp;
using CleanStudents.Infrastructure;
using CleanStudents.WebApi.Errors;
using CleanStudents.WebApi.Lambda;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CleanStudents.WebApi.Endpoints;

/// <summary>
/// <c>POST /events</c>: non-HTTP invocations the Lambda Web Adapter passes through (Cognito triggers, SQS batches of
/// the event source mapping, EventBridge Scheduler's periodic commands, the deploy script's migrate command). Only the response body reaches Lambda, so success returns the event (or a result)
/// as JSON and every failure is a 5xx, which AWS_LWA_ERROR_STATUS_CODES turns into a failed invocation.
/// </summary>
internal static class EventsEndpoints
{
    public static void MapEvents(this IEndpointRouteBuilder app) =>
        app.MapPost("/events", Handle).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> Handle(JsonObject @event, HttpContext httpContext, ISender sender,
        CancellationToken cancellationToken)
    {
        if (LambdaHeaders.HasHttpRequestContext(httpContext.Request))
        {
            // Defence in depth: API Gateway routes no /events, and an HTTP event must never act as a trigger.
            return TypedResults.Problem("Events are accepted only from Lambda itself.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", type: ProblemTypes.For(StatusCodes.Status403Forbidden));
        }

        if (@event["command"] is { } command)
        {
            return await RunCommandAsync(command, httpContext.RequestServices, cancellationToken);
        }

        if (SqsEvent.Read(@event) is { } batch)
        {
            // Partial batch failures (ReportBatchItemFailures): only the listed records are delivered again.
            return TypedResults.Json(SqsEvent.Failures(await httpContext.RequestServices.ProcessQueuedMessagesAsync(batch, cancellationToken)));
        }

        return CognitoTrigger.Read(@event) switch
        {
            { TriggerSource: var source } trigger when source.StartsWith(CognitoTrigger.PreSignUpPrefix, StringComparison.Ordinal) =>
                Answer(@event, await sender.Send(new ScreenSignUpQuery(source, trigger.Email), cancellationToken)),
            { TriggerSource: var source } trigger when source.StartsWith(CognitoTrigger.PostConfirmationPrefix, StringComparison.Ordinal) =>
                Answer(@event, await sender.Send(
                    new LinkConfirmedUserCommand(trigger.UserName ?? string.Empty, trigger.Sub ?? string.Empty, trigger.Email ?? string.Empty),
                    cancellationToken)),
            _ => Unsupported("Unknown event: expected a PreSignUp or PostConfirmation trigger, an SQS batch or a {\"command\": ...}."),
        };
    }

    private static async Task<IResult> RunCommandAsync(JsonNode command, IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var name = command.GetValueKind() == JsonValueKind.String ? command.GetValue<string>() : null;
        // JSON nodes, not anonymous types: the trimmed Lambda artifact serializes only what a source-generated
        // context describes (ADR 0017).
        if (name == "migrate")
        {
            return TypedResults.Json(new JsonObject { ["command"] = name, ["migration"] = await services.MigrateDatabaseAsync(cancellationToken) });
        }

        if (name is not null && await services.RunScheduledCommandAsync(name, cancellationToken) is (true, var handled))
        {
            return TypedResults.Json(new JsonObject { ["command"] = name, ["handled"] = handled });
        }

        return Unsupported($"Unknown command; the commands are \"migrate\", {string.Join(", ", EntryPoints.ScheduledCommandNames.Select(n => $"\"{n}\""))}.");
    }

    // Cognito continues with the event it gets back; any failure refuses the operation.
    private static IResult Answer(JsonObject @event, Result<Unit> result) =>
        result.IsSuccess
            ? TypedResults.Json(@event)
            : TypedResults.Problem(result.Error.Detail, statusCode: StatusCodes.Status500InternalServerError,
                title: result.Error.Title, type: ProblemTypes.For(StatusCodes.Status500InternalServerError));

    private static ProblemHttpResult Unsupported(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status501NotImplemented, title: "Not implemented",
            type: ProblemTypes.For(StatusCodes.Status501NotImplemented));
}
