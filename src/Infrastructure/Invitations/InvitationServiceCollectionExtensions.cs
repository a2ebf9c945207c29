using CleanStudents.Application.Common.Invitations;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Infrastructure.Invitations;

internal static class InvitationServiceCollectionExtensions
{
    /// <summary>The retry settings and the worker that retries queued invitations (docs/adr/0204).</summary>
    public static IServiceCollection AddInvitationRetries(this IServiceCollection services)
    {
        services.AddOptions<InvitationRetryOptions>()
            .BindConfiguration(InvitationRetryOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHostedService<PendingInvitationsWorker>();
        return services;
    }
}
