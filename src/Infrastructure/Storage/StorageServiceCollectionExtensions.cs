using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Infrastructure.Aws;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Storage;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>The S3 client and the file storage port on it.</summary>
    public static IServiceCollection AddFileStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<FileStorageOptions>, FileStorageOptionsValidator>();
        services.AddOptions<FileStorageOptions>().Bind(configuration.GetSection(FileStorageOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IAmazonS3>(sp => CreateClient(sp.GetRequiredService<IOptions<FileStorageOptions>>().Value,
            sp.GetRequiredService<IOptions<AwsClientOptions>>().Value));
        services.AddSingleton<IFileStorage, S3FileStorage>();
        return services;
    }

    private static AmazonS3Client CreateClient(FileStorageOptions files, AwsClientOptions aws)
    {
        var config = new AmazonS3Config
        {
            Timeout = TimeSpan.FromSeconds(aws.TimeoutSeconds),
            MaxErrorRetry = aws.MaxRetries,
        };
        if (files.ServiceUrl is { } emulator)
        {
            // Loopback has no per-bucket host names: address the bucket in the path. Placeholder keys, as for SQS.
            config.ServiceURL = emulator.ToString();
            config.ForcePathStyle = true;
            config.AuthenticationRegion = AwsServiceCollectionExtensions.EmulatorRegion;
            return new AmazonS3Client(new BasicAWSCredentials("local", "local"), config);
        }

        if (aws.Region is { } region)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        return new AmazonS3Client(config);
    }
}
