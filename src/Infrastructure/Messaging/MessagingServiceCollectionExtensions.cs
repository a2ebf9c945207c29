using Amazon;
using Amazon.Runtime;
using Amazon.SQS;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Infrastructure.Aws;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Messaging;

internal static class MessagingServiceCollectionExtensions
{
    /// <summary>The outbox, the SQS client, the publisher and the consumers' processor (docs/adr/0206).</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<QueueOptions>, QueueOptionsValidator>();
        services.AddOptions<QueueOptions>().Bind(configuration.GetSection(QueueOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IAmazonSQS>(sp => CreateClient(sp.GetRequiredService<IOptions<QueueOptions>>().Value,
            sp.GetRequiredService<IOptions<AwsClientOptions>>().Value, TimeSpan.Zero));
        // The poller's client waits out a long poll before its own timeout starts to count.
        services.AddKeyedSingleton<IAmazonSQS>(QueuePoller.ClientKey, (sp, _) => CreateClient(
            sp.GetRequiredService<IOptions<QueueOptions>>().Value, sp.GetRequiredService<IOptions<AwsClientOptions>>().Value,
            TimeSpan.FromSeconds(QueuePoller.LongPollSeconds)));
        services.AddSingleton<QueuePublisher>();
        services.AddSingleton<OutboxCommitInterceptor>();
        services.AddScoped<IOutbox, Outbox>();
        services.AddScoped<OutboxSweep>();
        services.AddSingleton<QueuedMessageProcessor>();

        var queue = configuration.GetSection(QueueOptions.SectionName).Get<QueueOptions>() ?? new QueueOptions();
        if (queue.LocalWorkersEnabled)
        {
            services.AddHostedService<QueuePoller>();
            services.AddHostedService<LocalSchedule>();
        }

        return services;
    }

    private static AmazonSQSClient CreateClient(QueueOptions queue, AwsClientOptions aws, TimeSpan longestWait)
    {
        var config = new AmazonSQSConfig
        {
            Timeout = longestWait + TimeSpan.FromSeconds(aws.TimeoutSeconds),
            MaxErrorRetry = aws.MaxRetries,
        };
        if (queue.ServiceUrl is { } emulator)
        {
            // An emulator: placeholder keys, so a laptop never walks the credential chain (as in docs/adr/0201).
            config.ServiceURL = emulator.ToString();
            config.AuthenticationRegion = AwsServiceCollectionExtensions.EmulatorRegion;
            return new AmazonSQSClient(new BasicAWSCredentials("local", "local"), config);
        }

        if (aws.Region is { } region)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        return new AmazonSQSClient(config);
    }
}
