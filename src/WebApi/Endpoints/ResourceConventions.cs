using CleanStudents.Application.Common.Paging;
using CleanStudents.WebApi.OpenApi;
using Microsoft.OpenApi;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

/// <summary>
/// What a resource's list, create, read, update and delete routes document, written once. The handlers
/// themselves stay concrete methods in each feature: the Request Delegate Generator binds those at compile
/// time, where a generic handler would be bound by reflection at start-up (ADR 0007). Roles are the
/// requests' business, so a feature adds 403 where its requests can refuse callers.
/// </summary>
internal static class ResourceConventions
{
    private const string ETagHeader = "ETag";

    /// <summary>Names the use case the route sends (who may call it, its query rules) and what the route does.</summary>
    public static RouteHandlerBuilder Runs<TUseCase>(this RouteHandlerBuilder route, string summary, string? description = null) =>
        route.WithSummary(summary).WithDescription(description ?? string.Empty).WithMetadata(new RunsUseCase(typeof(TUseCase)));

    public static RouteHandlerBuilder Lists<TDto>(this RouteHandlerBuilder route, string name) =>
        route.WithName(name).Produces<PagedList<TDto>>().ProducesProblems(Status400BadRequest);

    /// <summary>201 with the new resource, its ETag and a <c>Location</c> below the collection's path.</summary>
    public static RouteHandlerBuilder Creates<TDto>(this RouteHandlerBuilder route, string name) =>
        route.WithName(name).Produces<TDto>(Status201Created)
            .ProducesProblems(Status400BadRequest, Status409Conflict, Status413PayloadTooLarge, Status415UnsupportedMediaType)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.AddResponseHeader(Status201Created, "Location", "The new resource's URL.", format: "uri-reference");
                operation.AddResponseHeader(Status201Created, ETagHeader, "The new resource's version, for If-Match.");
                return Task.CompletedTask;
            });

    public static RouteHandlerBuilder Reads<TDto>(this RouteHandlerBuilder route, string name) =>
        route.WithName(name).Produces<TDto>().ProducesProblems(Status404NotFound)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.AddResponseHeader(Status200OK, ETagHeader, "The resource's version, for If-Match.");
                return Task.CompletedTask;
            });

    /// <summary>200 with the changed resource and its new ETag; a stale <c>If-Match</c> is 412.</summary>
    public static RouteHandlerBuilder Updates<TDto>(this RouteHandlerBuilder route, string name) =>
        route.WithName(name).Produces<TDto>()
            .ProducesProblems(Status400BadRequest, Status404NotFound, Status409Conflict, Status412PreconditionFailed,
                Status413PayloadTooLarge, Status415UnsupportedMediaType)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.AcceptsIfMatch();
                operation.AddResponseHeader(Status200OK, ETagHeader, "The resource's new version.");
                return Task.CompletedTask;
            });

    /// <summary>204; 409 while other rows depend on the resource; a stale <c>If-Match</c> is 412.</summary>
    public static RouteHandlerBuilder Deletes(this RouteHandlerBuilder route, string name) =>
        route.WithName(name).Produces(Status204NoContent)
            .ProducesProblems(Status404NotFound, Status409Conflict, Status412PreconditionFailed)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.AcceptsIfMatch();
                return Task.CompletedTask;
            });

    /// <summary>202: the person's invitation is queued again; 409 when they are already linked to a user.</summary>
    public static RouteHandlerBuilder QueuesInvitation(this RouteHandlerBuilder route, string name) =>
        route.WithName(name).Produces(Status202Accepted).ProducesProblems(Status404NotFound, Status409Conflict);

    private static void AcceptsIfMatch(this OpenApiOperation operation) =>
        operation.AddRequestHeader("If-Match",
            "The ETag last read: the change happens only if the resource is still at that version (412 otherwise). " +
            "Without it the last write wins.");
}
