using CleanStudents.Application.Common.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Infrastructure.Persistence.Idempotency;

internal static class IdempotencyServiceCollectionExtensions
{
    public static IServiceCollection AddIdempotencyStore(this IServiceCollection services)
    {
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();
        services.AddScoped<ExpiredIdempotencyKeys>();
        return services;
    }
}
