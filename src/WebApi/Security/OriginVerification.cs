using Microsoft.Extensions.Options;

namespace CleanStudents.WebApi.Security;

internal static class OriginVerification
{
    public static IServiceCollection AddOriginVerification(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<OriginVerifyOptions>, OriginVerifyOptionsValidator>();
        services.AddOptions<OriginVerifyOptions>()
            .BindConfiguration(OriginVerifyOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<OriginSecret>();
        return services;
    }
}
