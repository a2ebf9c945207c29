using CleanStudents.Deployment.Tests.Support;

namespace CleanStudents.Deployment.Tests;

/// <summary>
/// The rules have teeth: each deliberately broken copy (a parsed template mutated in the
/// test, or the broken file under Broken/) is rejected.
/// </summary>
public class BrokenTemplateTests
{
    private static Dictionary<string, object?> Load(string stack) => CfnYaml.Load(Repo.Template(stack));

    private static Dictionary<string, object?> Props(Dictionary<string, object?> template, string resource) =>
        Policy.Props(template, resource);

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    private static Dictionary<string, object?> Ref(string name) => Map(("Ref", name));

    [Test]
    public void BrokenDatabaseFileFailsThePolicy()
    {
        var broken = CfnYaml.Load(System.IO.Path.Combine(Repo.Root, "tests", "Deployment.Tests", "Broken", "database.yaml"));

        Policy.Database(broken).Should().Contain(v => v.Contains("publicly accessible", StringComparison.Ordinal))
            .And.Contain(v => v.Contains("encrypted", StringComparison.Ordinal))
            .And.Contain(v => v.Contains("BackupRetentionPeriod", StringComparison.Ordinal));
    }

    [TestCase("PubliclyAccessible", "true", "publicly accessible")]
    [TestCase("StorageEncrypted", "false", "encrypted")]
    [TestCase("ManageMasterUserPassword", "false", "manage the master password")]
    [TestCase("BackupRetentionPeriod", "3", "BackupRetentionPeriod")]
    [TestCase("MultiAZ", "false", "MultiAZ must come from a stage parameter")]
    public void DatabaseRuleRejects(string property, string value, string expected)
    {
        var database = Load("database");
        Props(database, "Database")[property] = value;

        Policy.Database(database).Should().Contain(v => v.Contains(expected, StringComparison.Ordinal));
    }

    [Test]
    public void DatabaseRuleRejectsABackupParameterThatAllowsLessThanSevenDays()
    {
        var database = Load("database");
        ((Dictionary<string, object?>)Policy.Parameters(database)["BackupRetentionDays"]!)["MinValue"] = "1";

        Policy.Database(database).Should().Contain(v => v.Contains("BackupRetentionPeriod", StringComparison.Ordinal));
    }

    [TestCase("maxReceiveCount", "10", "maxReceiveCount 3")]
    [TestCase("deadLetterTargetArn", "arn:aws:sqs:eu-west-1:123456789012:elsewhere", "dead-letter queue of this template")]
    public void AsyncWorkRuleRejectsAnotherRedrive(string key, string value, string expected)
    {
        var api = Load("api");
        ((Dictionary<string, object?>)Props(api, "WorkQueue")["RedrivePolicy"]!)[key] = value;

        Policy.AsyncWork(api).Should().Contain(v => v.Contains(expected, StringComparison.Ordinal));
    }

    [Test]
    public void AsyncWorkRuleRejectsAMappingWithoutPartialBatchFailuresAndAnUnencryptedQueue()
    {
        var api = Load("api");
        Props(api, "WorkQueueEventSourceMapping").Remove("FunctionResponseTypes");
        Props(api, "WorkDeadLetterQueue").Remove("SqsManagedSseEnabled");

        Policy.AsyncWork(api).Should().Contain(v => v.Contains("ReportBatchItemFailures", StringComparison.Ordinal))
            .And.Contain(v => v.Contains("encrypted at rest", StringComparison.Ordinal));
    }

    [Test]
    public void AsyncWorkRuleRejectsAMissingSchedule()
    {
        var api = Load("api");
        Policy.Resources(api).Remove("OutboxSweepSchedule");

        Policy.AsyncWork(api).Should().Contain(v => v.Contains("outbox-sweep", StringComparison.Ordinal));
    }

    [Test]
    public void IamRuleRejectsQueueActionsOnAWildcard()
    {
        var api = Load("api");
        var role = Props(api, "FunctionRole");
        var statement = (Dictionary<string, object?>)Policy.Path(
            ((List<object?>)role["Policies"]!).OfType<Dictionary<string, object?>>().Single(p => p["PolicyName"] as string == "work-queue"),
            "PolicyDocument") !;
        ((Dictionary<string, object?>)((List<object?>)statement["Statement"]!)[0]!)["Resource"] = "*";

        Policy.Iam("api", api).Should().Contain(v => v.Contains("wildcard resource", StringComparison.Ordinal));
    }

    [Test]
    public void NetworkRuleRejectsDatabaseIngressFromACidr()
    {
        var network = Load("network");
        var ingress = (List<object?>)Props(network, "DatabaseSecurityGroup")["SecurityGroupIngress"]!;
        ingress.Add(Map(("IpProtocol", "tcp"), ("FromPort", "5432"), ("ToPort", "5432"), ("CidrIp", "10.40.0.0/16")));

        Policy.Network(network).Should().Contain(v => v.Contains("database ingress", StringComparison.Ordinal));
    }

    [Test]
    public void NetworkRuleRejectsAStandaloneIngressOnAnotherPort()
    {
        var network = Load("network");
        Policy.Resources(network)["SshIn"] = Map(("Type", "AWS::EC2::SecurityGroupIngress"), ("Properties", Map(
            ("GroupId", Ref("DatabaseSecurityGroup")), ("IpProtocol", "tcp"), ("FromPort", "22"), ("ToPort", "22"),
            ("SourceSecurityGroupId", Ref("FunctionSecurityGroup")))));

        Policy.Network(network).Should().Contain(v => v.Contains("database ingress", StringComparison.Ordinal));
    }

    [TestCase("Runtime", "dotnet8", "runtime dotnet10")]
    [TestCase("Handler", "bootstrap", "Handler")]
    [TestCase("Architectures", "arm64", "x86_64")]
    [TestCase("Layers", "none", "Web Adapter")]
    [TestCase("TracingConfig", "none", "X-Ray")]
    [TestCase("LoggingConfig", "none", "JSON")]
    [TestCase("VpcConfig", "none", "in the VPC")]
    public void FunctionRuleRejects(string property, string value, string expected)
    {
        var api = Load("api");
        var function = Props(api, "Function");
        if (value == "none")
        {
            function.Remove(property);
        }
        else
        {
            function[property] = property == "Architectures" ? new List<object?> { value } : value;
        }

        Policy.Function(api).Should().Contain(v => v.Contains(expected, StringComparison.Ordinal));
    }

    [TestCase("AWS_LAMBDA_EXEC_WRAPPER", "/opt/other")]
    [TestCase("AWS_LWA_PASS_THROUGH_PATH", "/hooks")]
    [TestCase("Database__SecretArn", null)]
    public void FunctionRuleRejectsEnvironment(string key, string? value)
    {
        var api = Load("api");
        var variables = (Dictionary<string, object?>)Policy.Path(Props(api, "Function"), "Environment", "Variables")!;
        if (value is null)
        {
            variables.Remove(key);
        }
        else
        {
            variables[key] = value;
        }

        Policy.Function(api).Should().Contain(v => v.Contains(key, StringComparison.Ordinal));
    }

    [Test]
    public void FunctionRuleRejectsAMissingCognitoPermission()
    {
        var api = Load("api");
        Policy.Resources(api).Remove("CognitoInvokePermission");

        Policy.Function(api).Should().Contain(v => v.Contains("cognito-idp.amazonaws.com", StringComparison.Ordinal));
    }

    [TestCase("app-secrets", "*")]
    [TestCase("identity-directory", "*")]
    [TestCase("app-secrets", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:*")]
    public void IamRuleRejectsAWildcardResource(string policyName, string resource)
    {
        var api = Load("api");
        var policies = (List<object?>)Props(api, "FunctionRole")["Policies"]!;
        var policy = policies.Cast<Dictionary<string, object?>>().Single(p => (string?)p["PolicyName"] == policyName);
        var statement = (Dictionary<string, object?>)((List<object?>)Policy.Path(policy, "PolicyDocument", "Statement")!)[0]!;
        statement["Resource"] = resource;

        Policy.Iam("api", api).Should().Contain(v => v.Contains("wildcard", StringComparison.Ordinal));
    }

    [TestCase("$default")]
    [TestCase("ANY /{proxy+}")]
    [TestCase("POST /events")]
    [TestCase("GET /api/{proxy+}/events")]
    [TestCase("GET /swagger/{proxy+}")]
    public void RouteRuleRejects(string routeKey)
    {
        var api = Load("api");
        Policy.Resources(api)["ExtraRoute"] = Map(("Type", "AWS::ApiGatewayV2::Route"), ("Properties", Map(
            ("ApiId", Ref("HttpApi")), ("RouteKey", routeKey), ("AuthorizationType", "NONE"))));

        Policy.Routes(api).Should().NotBeEmpty();
    }

    [Test]
    public void RouteRuleRejectsAnApiRouteWithoutTheAuthorizer()
    {
        var api = Load("api");
        var route = Props(api, "ApiDeleteRoute");
        route["AuthorizationType"] = "NONE";
        route.Remove("AuthorizerId");

        Policy.Routes(api).Should().Contain(v => v.Contains("JWT authorizer", StringComparison.Ordinal));
    }

    [Test]
    public void RouteRuleRejectsQuickCreateAndAStageWithoutThrottling()
    {
        var api = Load("api");
        Props(api, "HttpApi")["Target"] = "arn:aws:lambda:eu-west-1:123456789012:function:x";
        Props(api, "DefaultStage").Remove("DefaultRouteSettings");

        Policy.Routes(api).Should().Contain(v => v.Contains("catch-all", StringComparison.Ordinal))
            .And.Contain(v => v.Contains("throttling", StringComparison.Ordinal));
    }

    [Test]
    public void AuthRuleRejectsAShortPasswordAndAClientSecret()
    {
        var auth = Load("auth");
        var policy = (Dictionary<string, object?>)Policy.Path(Props(auth, "UserPool"), "Policies", "PasswordPolicy")!;
        policy["MinimumLength"] = "6";
        Props(auth, "WebClient")["GenerateSecret"] = "true";
        Policy.Resources(auth).Remove("LecturersGroup");

        Policy.Auth(auth).Should().HaveCount(3);
    }

    [Test]
    public void EdgeRuleRejectsAMissingHeaderAndRotation()
    {
        var edge = Load("edge");
        var origin = (Dictionary<string, object?>)((List<object?>)Policy.Path(Props(edge, "Distribution"), "DistributionConfig", "Origins")!)[0]!;
        origin.Remove("OriginCustomHeaders");
        Policy.Resources(edge).Remove("OriginVerifyRotationSchedule");

        Policy.Edge(edge).Should().HaveCount(2);
    }

    [TestCase("FunctionDurationP99Alarm")]
    [TestCase("Api5xxAlarm")]
    [TestCase("DatabaseFreeStorageAlarm")]
    public void MonitoringRuleRejectsAMissingAlarm(string alarm)
    {
        var monitoring = Load("monitoring");
        Policy.Resources(monitoring).Remove(alarm);

        Policy.Monitoring(monitoring).Should().ContainSingle();
    }

    [Test]
    public void StageRuleRejectsMissingUnknownAndUnsafeValues()
    {
        var templates = Repo.LoadAll();
        var files = Repo.Stacks.ToDictionary(s => s, s => Policy.ReadParameterFile(Repo.ParameterFile("prod", s)), StringComparer.Ordinal);
        files["database"].Remove("DeletionProtection");
        files["api"]["DatabseMaxPoolSize"] = "3";
        files["api"]["LogRetentionDays"] = "10";
        files["auth"]["DomainPrefix"] = "cleanstudents";
        files.Remove("edge");

        var violations = Policy.StageParameters("prod", templates, files);

        violations.Should().Contain(v => v.Contains("DeletionProtection has no default", StringComparison.Ordinal))
            .And.Contain(v => v.Contains("DatabseMaxPoolSize is not a parameter", StringComparison.Ordinal))
            .And.Contain(v => v.Contains("LogRetentionDays=10", StringComparison.Ordinal))
            .And.Contain(v => v.Contains("Multi-AZ", StringComparison.Ordinal))
            .And.Contain(v => v.Contains("EnableNatGateway", StringComparison.Ordinal))
            .And.Contain(v => v.Contains("edge.json: missing", StringComparison.Ordinal));
    }
}
