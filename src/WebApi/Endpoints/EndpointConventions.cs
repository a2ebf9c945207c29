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

    /// <summary>Every endpoint of the group needs a valid token, and documents the 401 it answers without one.</summary>
    public static RouteGroupBuilder RequireSignedIn(this RouteGroupBuilder group)
    {
        group.RequireAuthorization();
        group.ProducesProblem(StatusCodes.Status401Unauthorized);
        return group;
    }
}
