using CleanStudents.Infrastructure.Persistence;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Infrastructure.Aws;
using CleanStudents.Infrastructure.Identity;
using CleanStudents.Infrastructure.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.IntegrationTests.Aws;

public sealed class AwsAdaptersRegistrationTests
{
    private static readonly Dictionary<string, string?> Local = new()
    {
        ["Cognito:UserPoolId"] = "local_abc",
        ["Cognito:ServiceUrl"] = "http://127.0.0.1:9229",
        ["Cognito:Issuer"] = "http://127.0.0.1:9229/local_abc",
        ["Cognito:ClientIds:0"] = "local-client",
    };

    private static readonly Dictionary<string, string?> Lambda = new()
    {
        ["AWS_REGION"] = "eu-west-1",
        ["Cognito:UserPoolId"] = "eu-west-1_AbCdEf",
        ["Cognito:ClientIds:0"] = "web-client",
        ["Database:Host"] = "db.cluster.eu-west-1.rds.amazonaws.com",
        ["Database:Name"] = "cleanstudents",
        ["Database:SecretArn"] = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:rds!db-1",
        ["Queue:Url"] = "https://sqs.eu-west-1.amazonaws.com/123456789012/cleanstudents-dev-work",
        ["Files:Bucket"] = "cleanstudents-dev-files",
    };

    [Test]
    public void Locally_everything_validates_and_nothing_points_at_aws()
    {
        using var services = Build(Local);

        Validate(services);
        services.GetRequiredService<ISecretStore>().Should().BeOfType<UnconfiguredSecretStore>();
        services.GetService<RdsPasswordProvider>().Should().BeNull();
        services.GetService<RdsPasswordRefreshInterceptor>().Should().BeNull();
        services.GetRequiredService<IIdentityDirectory>().Should().BeOfType<CognitoIdentityDirectory>();
    }

    [Test]
    public async Task Locally_reading_a_secret_explains_what_is_missing()
    {
        using var services = Build(Local);

        var act = () => services.GetRequiredService<ISecretStore>().GetSecretAsync("any", CancellationToken.None);

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*Aws:Region*");
    }

    [Test]
    public void On_lambda_the_region_comes_from_AWS_REGION_and_rds_credentials_are_registered()
    {
        using var services = Build(Lambda);

        Validate(services);
        services.GetRequiredService<IOptions<AwsClientOptions>>().Value.Region.Should().Be("eu-west-1");
        services.GetRequiredService<ISecretStore>().Should().BeOfType<SecretsManagerSecretStore>();
        services.GetService<RdsPasswordProvider>().Should().NotBeNull();
        services.GetService<RdsPasswordRefreshInterceptor>().Should().NotBeNull();
        services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MaxPoolSize.Should().Be(4);
        services.GetRequiredService<IOptions<SecretCacheOptions>>().Value.CacheSeconds.Should().Be(300);
    }

    [TestCase("Cognito:UserPoolId", "UserPoolId")]
    [TestCase("Database:Host", "Database:Host")]
    [TestCase("AWS_REGION", "needs a region")]
    public void A_missing_setting_fails_at_start(string key, string message)
    {
        var settings = new Dictionary<string, string?>(Lambda) { [key] = null };
        using var services = Build(settings);

        // The startup validator aggregates every failing options class.
        var error = Assert.Catch(() => Validate(services));

        error.ToString().Should().Contain(message);
    }

    [Test]
    public void On_lambda_the_api_function_signs_in_as_the_app_role_with_iam_over_tls()
    {
        // The whole of Infrastructure validates here, the work queue's options (Lambda's Queue:Url) too.
        var settings = new Dictionary<string, string?>(Lambda) { ["Database:SecretArn"] = null, ["Database:IamUser"] = "cleanstudents_app" };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddInfrastructure(configuration).BuildServiceProvider();

        Validate(services);
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(services.GetRequiredService<Npgsql.NpgsqlDataSource>().ConnectionString);
        connection.Username.Should().Be("cleanstudents_app");
        connection.SslMode.Should().Be(Npgsql.SslMode.Require);
        connection.Host.Should().Be("db.cluster.eu-west-1.rds.amazonaws.com");
        services.GetService<RdsPasswordProvider>().Should().BeNull("the API function never reads the master secret");
    }

    [Test]
    public void A_secret_and_an_iam_user_together_are_refused()
    {
        using var services = Build(new Dictionary<string, string?>(Lambda) { ["Database:IamUser"] = "cleanstudents_app" });

        var error = Assert.Catch(() => Validate(services));

        error!.Message.Should().Contain("Database:SecretArn and Database:IamUser");
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddAwsAdapters(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    private static void Validate(IServiceProvider services) =>
        services.GetRequiredService<IStartupValidator>().Validate();
}
