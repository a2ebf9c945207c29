namespace CleanStudents.WebApi.Security;

internal static class OriginVerification
{
    public static IServiceCollection AddOriginVerification(this IServiceCollection services)
    {
        services.AddOptions<OriginVerifyOptions>()
            .BindConfiguration(OriginVerifyOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<OriginSecret>();
        return services;
    }
}
