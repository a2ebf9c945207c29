using CleanStudents.Application.SignUps;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Infrastructure.Identity;

internal static class SignUpPolicyConfiguration
{
    private const string DomainsKey = $"{SignUpOptions.Section}:DisposableEmailDomains";

    /// <summary>
    /// Binds <see cref="SignUpOptions"/>: <c>Cognito:DisposableEmailDomains</c> as one comma-separated value (how
    /// the CloudFormation template passes it) or as a list; either replaces the built-in list.
    /// </summary>
    public static IServiceCollection AddSignUpPolicy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignUpOptions>().Configure(options =>
        {
            var section = configuration.GetSection(DomainsKey);
            var configured = (section.Value is { } single ? single.Split(',') : section.GetChildren().Select(c => c.Value ?? string.Empty))
                .Select(d => d.Trim().TrimStart('@').TrimEnd('.'))
                .Where(d => d.Length > 0)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (configured.Count > 0)
            {
                options.DisposableEmailDomains = configured;
            }
        });
        return services;
    }
}
