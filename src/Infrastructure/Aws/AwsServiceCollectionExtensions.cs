using CleanStudents.Application.Common.Ports;
using CleanStudents.Infrastructure.Identity;
using CleanStudents.Infrastructure.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using CleanStudents.Infrastructure.Persistence;

namespace CleanStudents.Infrastructure.Aws;

public static class AwsServiceCollectionExtensions
{
    // Emulators ignore the signing region; validation guarantees a real one otherwise.
    internal const string EmulatorRegion = "us-east-1";

    /// <summary>
    /// Registers the AWS JSON client, the Secrets Manager <see cref="ISecretStore"/>, the Cognito
    /// <see cref="IIdentityDirectory"/> and, when <c>Database:SecretArn</c> is set, the RDS password provider and
    /// its EF Core interceptor. Nothing calls AWS until a port is used.
    /// </summary>
    public static IServiceCollection AddAwsAdapters(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(AwsJsonClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<IAwsCredentialsSource, DefaultChainCredentialsSource>();
        services.TryAddSingleton<AwsJsonClient>();

        services.AddSingleton<IValidateOptions<AwsClientOptions>, AwsClientOptionsValidator>();
        services.AddOptions<AwsClientOptions>()
            .Bind(configuration.GetSection(AwsClientOptions.SectionName))
            .PostConfigure(o => o.Region = string.IsNullOrWhiteSpace(o.Region) ? configuration["AWS_REGION"] : o.Region)
            .ValidateOnStart();

        AddSecretStore(services, configuration);
        AddRdsCredentials(services, configuration);
        AddIdentityDirectory(services, configuration);
        return services;
    }

    private static void AddSecretStore(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<SecretCacheOptions>, SecretCacheOptionsValidator>();
        services.AddOptions<SecretCacheOptions>()
            .Bind(configuration.GetSection(SecretCacheOptions.SectionName))
            .ValidateOnStart();
        services.AddOptions<SecretsManagerOptions>()
            .Bind(configuration.GetSection(SecretsManagerOptions.SectionName))
            .Validate<IOptions<AwsClientOptions>, IOptions<DatabaseOptions>>(
                (o, aws, database) => !database.Value.UsesRdsSecret || o.ServiceUrl is not null || aws.Value.Region is not null,
                "Database:SecretArn needs a region: set Aws:Region (or AWS_REGION) or SecretsManager:ServiceUrl.")
            .ValidateOnStart();

        services.TryAddSingleton<ISecretStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SecretsManagerOptions>>().Value;
            var region = sp.GetRequiredService<IOptions<AwsClientOptions>>().Value.Region;
            if (region is null && options.ServiceUrl is null)
            {
                return new UnconfiguredSecretStore();
            }

            var service = AwsService.Create(
                "secretsmanager",
                "secretsmanager",
                region ?? EmulatorRegion,
                options.ServiceUrl,
                sp.GetRequiredService<IAwsCredentialsSource>());
            return new SecretsManagerSecretStore(
                sp.GetRequiredService<AwsJsonClient>(),
                service,
                TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<SecretCacheOptions>>().Value.CacheSeconds),
                sp.GetRequiredService<TimeProvider>());
        });
    }

    private static void AddRdsCredentials(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .ValidateOnStart();

        // Without a secret ARN the database is reached through its connection string; nothing to register.
        if (string.IsNullOrWhiteSpace(configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.SecretArn)}"]))
        {
            return;
        }

        services.TryAddSingleton(sp => new RdsPasswordProvider(
            sp.GetRequiredService<ISecretStore>(),
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.SecretArn!,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<RdsPasswordProvider>>()));
        services.TryAddSingleton<RdsPasswordRefreshInterceptor>();
    }

    private static void AddIdentityDirectory(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<CognitoOptions>, CognitoOptionsValidator>();
        services.AddOptions<CognitoOptions>()
            .Bind(configuration.GetSection(CognitoOptions.SectionName))
            .PostConfigure<IOptions<AwsClientOptions>>((o, aws) => o.Region ??= aws.Value.Region)
            .Validate(o => o.Issuer is not null || o.Region is not null,
                "The token issuer needs Cognito:Issuer or a region (Cognito:Region, Aws:Region or AWS_REGION).")
            .Validate<IOptions<AwsClientOptions>>(
                (o, aws) => o.ServiceUrl is not null || (o.Region ?? aws.Value.Region) is not null,
                "Cognito needs a region: set Cognito:Region, Aws:Region (or AWS_REGION), or Cognito:ServiceUrl.")
            .ValidateOnStart();

        services.TryAddSingleton<IIdentityDirectory>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CognitoOptions>>().Value;
            var region = options.Region;
            var service = AwsService.Create(
                "cognito-idp",
                "AWSCognitoIdentityProviderService",
                region ?? EmulatorRegion,
                options.ServiceUrl,
                sp.GetRequiredService<IAwsCredentialsSource>());
            return new CognitoIdentityDirectory(sp.GetRequiredService<AwsJsonClient>(), service, options.UserPoolId);
        });
    }
}
