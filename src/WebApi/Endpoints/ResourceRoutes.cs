using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.WebApi.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

/// <summary>
/// The HTTP shape of a resource's list, create, read, update and delete routes, written once: a
/// feature names its requests and the statuses they document. Roles are the requests' business,
/// so a feature adds 403 where its requests can refuse callers.
/// Handlers whose parameters have a generic type are held as <see cref="Delegate"/>: ASP.NET Core's
/// RouteHandlerAnalyzer crashes on them (AD0001, dotnet/aspnetcore#56831, fixed after .NET 10),
/// and it does not look into a variable. At run time the closed types bind as usual.
/// </summary>
internal static class ResourceRoutes
{
    public static RouteHandlerBuilder MapList<TQuery, TDto>(this RouteGroupBuilder group, string name)
        where TQuery : IQuery<PagedList<TDto>>
    {
        Delegate list = async ([AsParameters] TQuery query, ISender sender, CancellationToken cancellationToken) =>
            (await sender.Send(query, cancellationToken)).ToOk();
        return group.MapGet("/", list).WithName(name).Produces<PagedList<TDto>>().ProducesProblems(Status400BadRequest);
    }

    /// <summary>201 with the new resource, its ETag and a <c>Location</c> below the collection's path.</summary>
    public static RouteHandlerBuilder MapCreate<TCommand, TDto>(this RouteGroupBuilder group, string name,
        Func<TDto, Guid> idOf)
        where TCommand : ICommand<Versioned<TDto>>
    {
        Delegate create = async (TCommand command, ISender sender, HttpContext httpContext, CancellationToken cancellationToken) =>
            (await sender.Send(command, cancellationToken)).ToCreated(httpContext,
                created => $"{httpContext.Request.PathBase}{httpContext.Request.Path.Value?.TrimEnd('/')}/{idOf(created)}");
        return group.MapPost("/", create).WithName(name).Produces<TDto>(Status201Created)
            .ProducesProblems(Status400BadRequest, Status409Conflict, Status413PayloadTooLarge, Status415UnsupportedMediaType);
    }

    public static RouteHandlerBuilder MapRead<TQuery, TDto>(this RouteGroupBuilder group, string name,
        Func<Guid, TQuery> queryFor)
        where TQuery : IQuery<Versioned<TDto>> =>
        group.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext httpContext, CancellationToken cancellationToken) =>
                (await sender.Send(queryFor(id), cancellationToken)).ToOk(httpContext))
            .WithName(name).Produces<TDto>().ProducesProblems(Status404NotFound);

    /// <summary>200 with the changed resource and its new ETag; a stale <c>If-Match</c> is 412.</summary>
    public static RouteHandlerBuilder MapUpdate<TCommand, TDto>(this RouteGroupBuilder group, string name,
        Func<TCommand, Guid, uint?, TCommand> target)
        where TCommand : ICommand<Versioned<TDto>>
    {
        Delegate update = async (Guid id, TCommand command, ISender sender, HttpContext httpContext,
                CancellationToken cancellationToken) =>
            (await sender.Send(target(command, id, IfMatch(httpContext)), cancellationToken)).ToOk(httpContext);
        return group.MapPut("/{id:guid}", update).WithName(name).Produces<TDto>()
            .ProducesProblems(Status400BadRequest, Status404NotFound, Status409Conflict, Status412PreconditionFailed,
                Status413PayloadTooLarge, Status415UnsupportedMediaType);
    }

    /// <summary>204; 409 while other rows depend on the resource; a stale <c>If-Match</c> is 412.</summary>
    public static RouteHandlerBuilder MapDelete<TCommand>(this RouteGroupBuilder group, string name,
        Func<Guid, uint?, TCommand> commandFor)
        where TCommand : ICommand<Unit> =>
        group.MapDelete("/{id:guid}", async (Guid id, ISender sender, HttpContext httpContext, CancellationToken cancellationToken) =>
                (await sender.Send(commandFor(id, IfMatch(httpContext)), cancellationToken)).ToNoContent())
            .WithName(name).Produces(Status204NoContent)
            .ProducesProblems(Status404NotFound, Status409Conflict, Status412PreconditionFailed);

    private static uint? IfMatch(HttpContext httpContext) => ETags.ParseIfMatch(httpContext.Request.Headers.IfMatch);
}
