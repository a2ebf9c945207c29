using System.Runtime.CompilerServices;
using CleanStudents.Application.FeatureName.KindFolder.UseCaseName;
#if (isCommand)
using CleanStudents.WebApi.Contracts.FeatureName;
#endif
using CleanStudents.WebApi.Http;
using Mediator;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints.FeatureName;

/// <summary>The route of <see cref="UseCaseNameKindName"/>, added from this file alone (<see cref="UseCaseRoutes"/>).</summary>
internal static class UseCaseNameEndpoint
{
    [ModuleInitializer]
    internal static void Register() => UseCaseRoutes.Add(Map, UseCaseNameJsonContext.Default);

    private static void Map(RouteGroupBuilder api) =>
#if (isCommand)
        api.MapPost("/featureroute/{id:guid}/usecase-action", Handle)
#else
        api.MapGet("/featureroute/{id:guid}/usecase-action", Handle)
#endif
            .WithTags("FeatureName").WithName("UseCaseName")
            .Produces<UseCaseNameResult>().ProducesProblems(Status400BadRequest, Status403Forbidden, Status404NotFound)
            .Runs<UseCaseNameKindName>("Say what the route does", "Say what a caller needs to know beyond the summary.");

#if (isCommand)
    private static async Task<IResult> Handle(Guid id, UseCaseNameRequest body, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(body.ToCommand(id), cancellationToken)).ToOk();
#else
    private static async Task<IResult> Handle(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new UseCaseNameKindName(id), cancellationToken)).ToOk();
#endif
}
