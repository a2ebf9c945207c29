using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CleanStudents.WebApi.Endpoints;

internal static class HealthEndpoints
{
    /// <summary>live: the process answers (Lambda Web Adapter readiness). ready: the database answers too.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health").WithTags("Health").AllowAnonymous();
        health.MapHealthChecks("/live", new HealthCheckOptions { Predicate = _ => false });
        health.MapHealthChecks("/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
    }
}
