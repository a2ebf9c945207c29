namespace CleanStudents.WebApi.Limits;

/// <summary>Browsers may call the API only from <c>Cors:AllowedOrigins</c>; none are allowed by default.</summary>
internal static class CorsSetup
{
    public const string Section = "Cors:AllowedOrigins";

    public static IServiceCollection AddApiCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(Section).Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete)
            .WithHeaders("Authorization", "Content-Type", "If-Match", "Idempotency-Key")
            .WithExposedHeaders("Location", "ETag", "Retry-After", "Idempotent-Replayed")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        return services;
    }
}
