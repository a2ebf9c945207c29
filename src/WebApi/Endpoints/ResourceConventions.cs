using CleanStudents.Application.Common.Paging;
using CleanStudents.WebApi.OpenApi;
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
    /// <summary>A page of <typeparamref name="TDto"/>, its query values checked as <typeparamref name="TQuery"/>.</summary>
    public static RouteHandlerBuilder Lists<TDto, TQuery>(this RouteHandlerBuilder route, string name) =>
        route.WithName(name).Produces<PagedList<TDto>>().ProducesProblems(Status400BadRequest)
            .WithMetadata(new QueryValidatedAs(typeof(TQuery)));

    /// <summary>201 with the new resource, its ETag and a <c>Location</c> below the collection's path.</summary>
    public static RouteHandlerBuilder Creates<TDto>(this RouteHandlerBuilder route, string name) =>
        route.WithName(name).Produces<TDto>(Status201Created)
            .ProducesProblems(Status400BadRequest, Status409Conflict, Status413PayloadTooLarge, Status415UnsupportedMediaType);

    public static RouteHandlerBuilder Reads<TDto>(this RouteHandlerBuilder route, string name) =>
        route.WithName(name).Produces<TDto>().ProducesProblems(Status404NotFound);

    /// <summary>200 with the changed resource and its new ETag; a stale <c>If-Match</c> is 412.</summary>
    public static RouteHandlerBuilder Updates<TDto>(this RouteHandlerBuilder route, string name) =>
        route.WithName(name).Produces<TDto>()
            .ProducesProblems(Status400BadRequest, Status404NotFound, Status409Conflict, Status412PreconditionFailed,
                Status413PayloadTooLarge, Status415UnsupportedMediaType);

    /// <summary>204; 409 while other rows depend on the resource; a stale <c>If-Match</c> is 412.</summary>
    public static RouteHandlerBuilder Deletes(this RouteHandlerBuilder route, string name) =>
        route.WithName(name).Produces(Status204NoContent)
            .ProducesProblems(Status404NotFound, Status409Conflict, Status412PreconditionFailed);
}
