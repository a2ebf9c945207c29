using System.Text.Json;
using CleanStudents.Deployment.Tests.Support;

namespace CleanStudents.Deployment.Tests;

/// <summary>The real templates under cloudformation/ follow the deployment rules.</summary>
public class TemplatePolicyTests
{
    private static readonly Dictionary<string, Dictionary<string, object?>> Templates = Repo.LoadAll();

    [Test]
    public void DatabaseIsPrivateEncryptedManagedAndBackedUp() =>
        Policy.Database(Templates["database"]).Should().BeEmpty();

    [Test]
    public void DatabaseAdmitsPostgresOnlyFromTheFunction() =>
        Policy.Network(Templates["network"]).Should().BeEmpty();

    [Test]
    public void FunctionRunsDotnet10OnX64UnderTheWebAdapterTracedWithJsonLogs() =>
        Policy.Function(Templates["api"]).Should().BeEmpty();

    [Test]
    public void MigrationsRunInTheirOwnFunctionOfTheSameArtifactWithTimeToFinish() =>
        Policy.Migrate(Templates["api"]).Should().BeEmpty();

    [TestCaseSource(typeof(Repo), nameof(Repo.Stacks))]
    public void IamNeverGrantsSecretsOrCognitoActionsOnAWildcard(string stack) =>
        Policy.Iam(stack, Templates[stack]).Should().BeEmpty();

    [Test]
    public void WorkQueueIsEncryptedDeadLettersAfterThreeReceivesAndDrivesTheFunctionWithPartialBatchFailures() =>
        Policy.AsyncWork(Templates["api"]).Should().BeEmpty();

    [Test]
    public void FilesBucketIsPrivateTlsOnlyAndTheFunctionPresignsOnlyObjectActionsOnItsPrefixes() =>
        Policy.FilesBucket(Templates["api"]).Should().BeEmpty();

    [Test]
    public void FilesBucketSendsObjectCreatedEventsToTheWorkQueueWhichOnlyItMaySendTo() =>
        Policy.FilesBucketEvents(Templates["api"]).Should().BeEmpty();

    [Test]
    public void WorkQueueHasAlarmsOnDeadLettersAndTheOldestMessage() =>
        Policy.WorkQueueAlarms(Templates["monitoring"]).Should().BeEmpty();

    [Test]
    public void TheFunctionReachesSqsThroughAnInterfaceEndpoint() =>
        Policy.SqsEndpoint(Templates["network"]).Should().BeEmpty();

    [Test]
    public void TheFunctionReachesS3ThroughAGatewayEndpoint() =>
        Policy.S3Endpoint(Templates["network"]).Should().BeEmpty();

    [Test]
    public void OnlyApiAndHealthAreRoutedAndApiNeedsTheJwtAuthorizer() =>
        Policy.Routes(Templates["api"]).Should().BeEmpty();

    [Test]
    public void UserPoolSignsInByEmailWithGroupsTriggersAndAPublicSrpClient() =>
        Policy.Auth(Templates["auth"]).Should().BeEmpty();

    [Test]
    public void CloudFrontSendsTheRotatedOriginVerifySecret() =>
        Policy.Edge(Templates["edge"]).Should().BeEmpty();

    [Test]
    public void NoStackImportsAnExportAStageSwitchChanges() =>
        Policy.SwitchableExports(Templates).Should().BeEmpty();

    [Test]
    public void TheConsoleIsAPrivateBucketThatOnlyTheDistributionReads() =>
        Policy.Console(Templates["edge"]).Should().BeEmpty();

    [TestCase("/admin/students", "/index.html")]
    [TestCase("/lecturer/classes/0192d1c0-0000-7000-8000-000000000001", "/index.html")]
    [TestCase("/", "/index.html")]
    [TestCase("/assets/index-BUSnwyBv.js", "/assets/index-BUSnwyBv.js")]
    [TestCase("/config.json", "/config.json")]
    public void TheConsoleRoutingFunctionAnswersAppRoutesWithIndexHtml(string uri, string expected)
    {
        // The CloudFront Function's own code, run in Node.js (the same JavaScript CloudFront runs).
        var code = (string)Policy.Props(Templates["edge"], "ConsoleRoutes")["FunctionCode"]!;
        var script = code + $"\nprocess.stdout.write(handler({{ request: {{ uri: {JsonSerializer.Serialize(uri)} }} }}).uri);\n";

        var (exitCode, output) = Repo.Run("node", ["-e", script]);

        exitCode.Should().Be(0, output);
        output.Should().Be(expected);
    }

    [Test]
    public void AlarmsCoverFunctionApiAndDatabase() =>
        Policy.Monitoring(Templates["monitoring"]).Should().BeEmpty();

    [TestCaseSource(typeof(Repo), nameof(Repo.Stages))]
    public void StageParameterFilesAreComplete(string stage)
    {
        var files = Repo.Stacks
            .Where(s => File.Exists(Repo.ParameterFile(stage, s)))
            .ToDictionary(s => s, s => Policy.ReadParameterFile(Repo.ParameterFile(stage, s)), StringComparer.Ordinal);

        Policy.StageParameters(stage, Templates, files).Should().BeEmpty();
    }

    [Test]
    public void EveryTemplateUnderCloudformationIsCovered() =>
        Directory.GetFiles(System.IO.Path.Combine(Repo.Root, "cloudformation"), "*.yaml")
            .Select(System.IO.Path.GetFileNameWithoutExtension)
            .Should().BeEquivalentTo(Repo.Stacks);
}
