using CleanStudents.Application.Me.Queries.GetMe;
using CleanStudents.WebApi.Http;
using Mediator;

namespace CleanStudents.WebApi.Endpoints;

internal static class MeEndpoints
{
    public static void MapMe(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Me");
        me.MapGet("/", Get).WithName("GetMe").Produces<MeDto>()
            .Runs<GetMeQuery>("Who am I", "The caller's user id, email, roles and linked student or lecturer record.");
    }

    private static async Task<IResult> Get(ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetMeQuery(), cancellationToken)).ToOk();
}
