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

    [TestCaseSource(typeof(Repo), nameof(Repo.Stacks))]
    public void IamNeverGrantsSecretsOrCognitoActionsOnAWildcard(string stack) =>
        Policy.Iam(stack, Templates[stack]).Should().BeEmpty();

    [Test]
    public void WorkQueueIsEncryptedDeadLettersAfterThreeReceivesAndDrivesTheFunctionWithPartialBatchFailures() =>
        Policy.AsyncWork(Templates["api"]).Should().BeEmpty();

    [Test]
    public void WorkQueueHasAlarmsOnDeadLettersAndTheOldestMessage() =>
        Policy.WorkQueueAlarms(Templates["monitoring"]).Should().BeEmpty();

    [Test]
    public void TheFunctionReachesSqsThroughAnInterfaceEndpoint() =>
        Policy.SqsEndpoint(Templates["network"]).Should().BeEmpty();

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
