using Microsoft.AspNetCore.Http.HttpResults;

namespace CleanStudents.WebApi.Endpoints;

internal static class EndpointConventions
{
    /// <summary>Documents the problem statuses an endpoint can answer with (400 carries field errors).</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            if (status == StatusCodes.Status400BadRequest)
            {
                builder.ProducesValidationProblem();
            }
            else
            {
                builder.ProducesProblem(status);
            }
        }

        return builder;
    }

    /// <summary>Every signed-in endpoint can answer 401, 403 and 429 and is shaped by the same rules.</summary>
    public static RouteGroupBuilder RequireSignedIn(this RouteGroupBuilder group)
    {
        group.RequireAuthorization();
        group.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ProblemHttpResult), ["application/problem+json"]));
        return group;
    }
}
