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

    /// <summary>Sets a property, or removes it when the value is null or "none".</summary>
    private static void SetOrRemove(Dictionary<string, object?> properties, string key, string? value)
    {
        if (value is null or "none")
        {
            properties.Remove(key);
        }
        else
        {
            properties[key] = value;
        }
    }

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

    [TestCase("SystemLogLevel", "WARN", "keeps START and REPORT")]
    [TestCase("ApplicationLogLevel", null, "ApplicationLogLevel")]
    public void FunctionRuleRejectsLoggingConfig(string key, string? value, string expected)
    {
        var api = Load("api");
        var logging = (Dictionary<string, object?>)Props(api, "Function")["LoggingConfig"]!;
        SetOrRemove(logging, key, value);

        Policy.Function(api).Should().Contain(v => v.Contains(expected, StringComparison.Ordinal));
    }

    [TestCase("AWS_LAMBDA_EXEC_WRAPPER", "/opt/other")]
    [TestCase("AWS_LWA_PASS_THROUGH_PATH", "/hooks")]
    [TestCase("Database__IamUser", null)]
    [TestCase("MALLOC_ARENA_MAX", null)]
    [TestCase("DOTNET_JitHostMaxSlabCache", "0x1000000")]
    public void FunctionRuleRejectsEnvironment(string key, string? value)
    {
        var api = Load("api");
        var variables = (Dictionary<string, object?>)Policy.Path(Props(api, "Function"), "Environment", "Variables")!;
        SetOrRemove(variables, key, value);

        Policy.Function(api).Should().Contain(v => v.Contains(key, StringComparison.Ordinal));
    }

    [TestCase("Timeout", "30", "at least 300 s")]
    [TestCase("Handler", "bootstrap", "same artifact")]
    [TestCase("Environment", "none", "AWS_LWA_PASS_THROUGH_PATH")]
    public void MigrateRuleRejects(string property, string value, string expected)
    {
        var api = Load("api");
        var migrate = Props(api, "MigrateFunction");
        SetOrRemove(migrate, property, value);

        Policy.Migrate(api).Should().ContainSingle(v => v.Contains(expected, StringComparison.Ordinal));
    }

    [Test]
    public void MigrateRuleRejectsAMigrateFunctionOthersMayInvokeOrOnTheLiveKey()
    {
        var api = Load("api");
        Policy.Resources(api)["MigrateInvokePermission"] = Map(("Type", "AWS::Lambda::Permission"), ("Properties", Map(
            ("FunctionName", Ref("MigrateFunction")), ("Action", "lambda:InvokeFunction"), ("Principal", "apigateway.amazonaws.com"))));
        Policy.Migrate(api).Should().ContainSingle(v => v.Contains("nothing but the deployer", StringComparison.Ordinal));

        ((Dictionary<string, object?>)Props(api, "MigrateFunction")["Code"]!)["S3Key"] = Ref("ArtifactKey");
        Policy.Migrate(api).Should().ContainSingle(v => v.Contains("MigrateArtifactKey", StringComparison.Ordinal));
    }

    [Test]
    public void FunctionRuleRejectsAnApiFunctionThatReadsTheMasterSecretOrConnectsAsAnyone()
    {
        var api = Load("api");
        var policies = (List<object?>)Props(api, "FunctionRole")["Policies"]!;
        var connect = policies.Cast<Dictionary<string, object?>>().Single(p => (string?)p["PolicyName"] == "database-app-role");
        var statement = (Dictionary<string, object?>)((List<object?>)Policy.Path(connect, "PolicyDocument", "Statement")!)[0]!;
        statement["Resource"] = "arn:aws:rds-db:eu-west-1:123456789012:dbuser:db-ABC/*";
        var secrets = policies.Cast<Dictionary<string, object?>>().Single(p => (string?)p["PolicyName"] == "app-secrets");
        var read = (Dictionary<string, object?>)((List<object?>)Policy.Path(secrets, "PolicyDocument", "Statement")!)[0]!;
        ((List<object?>)read["Resource"]!).Add(Map(("Fn::ImportValue", Map(("Fn::Sub", "cleanstudents-${Stage}-DatabaseSecretArn")))));

        Policy.Function(api).Should().Contain(v => v.Contains("reads the database master secret", StringComparison.Ordinal))
            .And.Contain(v => v.Contains("app role's dbuser ARN only", StringComparison.Ordinal));
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
    [TestCase("InvitationsFailedAlarm")]
    [TestCase("FilesRejectedAlarm")]
    public void MonitoringRuleRejectsAMissingAlarm(string alarm)
    {
        var monitoring = Load("monitoring");
        Policy.Resources(monitoring).Remove(alarm);

        Policy.Monitoring(monitoring).Should().ContainSingle();
    }

    [Test]
    public void MonitoringRuleRejectsTheAwsManagedSnsKey()
    {
        var monitoring = Load("monitoring");
        Props(monitoring, "AlarmTopic")["KmsMasterKeyId"] = "alias/aws/sns";

        Policy.Monitoring(monitoring).Should().ContainSingle(v => v.Contains("alias/aws/sns", StringComparison.Ordinal));
    }

    [Test]
    public void MonitoringRuleRejectsAKeyCloudWatchMayNotUseOrMayUseForAnyone()
    {
        var monitoring = Load("monitoring");
        var statements = (List<object?>)Policy.Path(Props(monitoring, "AlarmTopicKey"), "KeyPolicy", "Statement")!;
        var cloudWatch = statements.Cast<Dictionary<string, object?>>().Single(s => (string?)s["Sid"] == "CloudWatchAlarmsOfThisStagePublish");
        cloudWatch.Remove("Condition");

        Policy.Monitoring(monitoring).Should().ContainSingle(v => v.Contains("cloudwatch.amazonaws.com", StringComparison.Ordinal));

        statements.Remove(cloudWatch);
        Policy.Monitoring(monitoring).Should().ContainSingle(v => v.Contains("cloudwatch.amazonaws.com", StringComparison.Ordinal));
    }

    [Test]
    public void MonitoringRuleRejectsATopicNobodyIsSubscribedTo()
    {
        var monitoring = Load("monitoring");
        ((Dictionary<string, object?>)Policy.Resources(monitoring)["AlarmEmailSubscription"]!)["Condition"] = "HasAlarmEmail";

        Policy.Monitoring(monitoring).Should().ContainSingle(v => v.Contains("e-mail subscription", StringComparison.Ordinal));
    }

    [TestCase("RotationFunctionErrorsAlarm", "rotation function's Errors")]
    [TestCase("OriginVerifyRotationFailedRule", "RotationFailed")]
    public void MonitoringRuleRejectsAnUnwatchedRotation(string resource, string expected)
    {
        var monitoring = Load("monitoring");
        Policy.Resources(monitoring).Remove(resource);

        Policy.Monitoring(monitoring).Should().Contain(v => v.Contains(expected, StringComparison.Ordinal));
    }

    [Test]
    public void ExportRuleRejectsImportingTheHostThatEnableRdsProxySwitches()
    {
        var templates = Repo.LoadAll();
        var variables = (Dictionary<string, object?>)Policy.Path(Props(templates["api"], "Function"), "Environment", "Variables")!;
        variables["Database__Host"] = Map(("Fn::ImportValue", Map(("Fn::Sub", "cleanstudents-${Stage}-DatabaseHost"))));

        Policy.SwitchableExports(templates).Should().ContainSingle(v => v.Contains("api: imports database's DatabaseHost", StringComparison.Ordinal));
    }

    [Test]
    public void StageRuleRejectsACognitoDomainBehindTheCognitoEndpointEvenWithANat()
    {
        var templates = Repo.LoadAll();
        var files = Repo.Stacks.ToDictionary(s => s, s => Policy.ReadParameterFile(Repo.ParameterFile("staging", s)), StringComparer.Ordinal);
        files["auth"]["DomainPrefix"] = "cleanstudents-staging";
        files["network"]["EnableNatGateway"] = "true";

        Policy.StageParameters("staging", templates, files).Should()
            .ContainSingle(v => v.Contains("cannot be used through the Cognito VPC endpoint", StringComparison.Ordinal));

        files["network"]["EnableCognitoEndpoint"] = "false";
        Policy.StageParameters("staging", templates, files).Should().BeEmpty();
    }

    [Test]
    public void StageRuleRejectsProdMailThroughCognitosOwnSender()
    {
        var templates = Repo.LoadAll();
        var files = Repo.Stacks.ToDictionary(s => s, s => Policy.ReadParameterFile(Repo.ParameterFile("prod", s)), StringComparer.Ordinal);
        files["auth"].Remove("SesIdentity");

        Policy.StageParameters("prod", templates, files).Should().ContainSingle(v => v.Contains("SesIdentity", StringComparison.Ordinal));
    }

    [Test]
    public void AuthRuleRejectsAPoolThatCannotSendThroughSes()
    {
        var auth = Load("auth");
        Props(auth, "UserPool").Remove("EmailConfiguration");

        Policy.Auth(auth).Should().ContainSingle(v => v.Contains("EmailSendingAccount DEVELOPER", StringComparison.Ordinal));
    }

    [TestCase("0", "ReservedConcurrency above 0")]
    [TestCase("20", "reaches the DatabaseConnectionsThreshold")]
    public void StageRuleRejectsConcurrencyThatCanExhaustTheDatabase(string reserved, string expected)
    {
        var templates = Repo.LoadAll();
        var files = Repo.Stacks.ToDictionary(s => s, s => Policy.ReadParameterFile(Repo.ParameterFile("dev", s)), StringComparer.Ordinal);
        files["api"]["ReservedConcurrency"] = reserved;

        Policy.StageParameters("dev", templates, files).Should().ContainSingle(v => v.Contains(expected, StringComparison.Ordinal));
    }

    [Test]
    public void RouteRuleRejectsAHealthRouteOnTheStageThrottle()
    {
        var api = Load("api");
        Props(api, "DefaultStage").Remove("RouteSettings");

        Policy.Routes(api).Should().ContainSingle(v => v.Contains("GET /health/{proxy+}' needs its own throttling", StringComparison.Ordinal));
    }

    [Test]
    public void DatabaseRuleRejectsExportedLogsKeptForever()
    {
        var database = Load("database");
        Props(database, "DatabaseLogGroup").Remove("RetentionInDays");

        Policy.Database(database).Should().ContainSingle(v => v.Contains("RetentionInDays", StringComparison.Ordinal));
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
            .And.Contain(v => v.Contains("Cognito VPC endpoint", StringComparison.Ordinal))
            .And.Contain(v => v.Contains("edge.json: missing", StringComparison.Ordinal));
    }

    [Test]
    public void ConsoleRuleRejectsABucketWithPublicAccess()
    {
        var edge = Load("edge");
        ((Dictionary<string, object?>)Props(edge, "ConsoleBucket")["PublicAccessBlockConfiguration"]!)["RestrictPublicBuckets"] = "false";

        Policy.Console(edge).Should().Contain(v => v.Contains("a private bucket", StringComparison.Ordinal));
    }

    [TestCase("s3:*", "${FilesBucket.Arn}/avatars/*")]
    [TestCase("s3:PutObject", "${FilesBucket.Arn}/*")]
    [TestCase("s3:ListBucket", "${FilesBucket.Arn}")]
    public void FilesRuleRejectsS3RightsBeyondObjectActionsOnAPrefix(string action, string resource)
    {
        var api = Load("api");
        var statement = FilesStatement(api);
        statement["Action"] = action;
        statement["Resource"] = Map(("Fn::Sub", resource));

        Policy.FilesBucket(api).Should().Contain(v => v.Contains("nothing bucket-wide", StringComparison.Ordinal));
    }

    [TestCase("ExpirationInDays", "30")]
    [TestCase("Status", "Disabled")]
    [TestCase("TagFilters", "status=available")]
    [TestCase("TagFilters", null)]
    public void FilesRuleRejectsALifecycleThatKeepsPendingUploadsOrExpiresOthers(string property, string? value)
    {
        var api = Load("api");
        var expiry = PendingExpiryRule(api);
        switch (property, value)
        {
            case ("TagFilters", null): // the whole bucket, available files too
                expiry.Remove(property);
                break;
            case ("TagFilters", _):
                expiry[property] = new List<object?> { Map(("Key", "status"), ("Value", "available")) };
                break;
            default:
                expiry[property] = value;
                break;
        }

        Policy.FilesBucket(api).Should().ContainSingle(v => v.Contains("expires objects tagged status=pending", StringComparison.Ordinal));
    }

    [TestCase("${FilesBucket.Arn}/avatars/*", "materials/*")]
    [TestCase("${FilesBucket.Arn}/materials/*", "avatars/*")]
    public void FilesRuleRejectsARoleWithoutTheObjectActionsOnEveryKeyPrefix(string onlyResource, string missing)
    {
        var api = Load("api");
        FilesStatement(api)["Resource"] = Map(("Fn::Sub", onlyResource));

        Policy.FilesBucket(api).Should().ContainSingle(v => v.Contains($"on {missing}", StringComparison.Ordinal));
    }

    [Test]
    public void FilesRuleRejectsARoleThatCannotTagObjects()
    {
        var api = Load("api");
        ((List<object?>)FilesStatement(api)["Action"]!).Remove("s3:PutObjectTagging");

        Policy.FilesBucket(api).Should().ContainSingle(v => v.Contains("may tag objects", StringComparison.Ordinal));
    }

    private static Dictionary<string, object?> FilesStatement(Dictionary<string, object?> api) =>
        ((List<object?>)((Dictionary<string, object?>)((List<object?>)Props(api, "FunctionRole")["Policies"]!)
            .OfType<Dictionary<string, object?>>().Single(p => (string?)p["PolicyName"] == "files")["PolicyDocument"]!)["Statement"]!)
        .OfType<Dictionary<string, object?>>().Single();

    private static Dictionary<string, object?> PendingExpiryRule(Dictionary<string, object?> api) =>
        ((List<object?>)((Dictionary<string, object?>)Props(api, "FilesBucket")["LifecycleConfiguration"]!)["Rules"]!)
        .OfType<Dictionary<string, object?>>().Single(r => (string?)r["Id"] == "expire-pending-uploads");

    [TestCase("PublicAccessBlockConfiguration", "private")]
    [TestCase("BucketEncryption", "private")]
    [TestCase("LifecycleConfiguration", "aborts incomplete uploads")]
    [TestCase("CorsConfiguration", "CORS")]
    public void FilesRuleRejectsABucketWithout(string property, string expected)
    {
        var api = Load("api");
        Props(api, "FilesBucket").Remove(property);

        Policy.FilesBucket(api).Should().Contain(v => v.Contains(expected, StringComparison.Ordinal));
    }

    [Test]
    public void FilesEventsRuleRejectsABucketWithoutItsNotification()
    {
        var api = Load("api");
        Props(api, "FilesBucket").Remove("NotificationConfiguration");

        Policy.FilesBucketEvents(api).Should().ContainSingle(v => v.Contains("object-created events", StringComparison.Ordinal));
    }

    [TestCase("aws:SourceAccount")]
    [TestCase("aws:SourceArn")]
    public void FilesEventsRuleRejectsAQueuePolicyWithoutItsSourceCondition(string key)
    {
        var api = Load("api");
        var statement = ((List<object?>)((Dictionary<string, object?>)Props(api, "WorkQueuePolicy")["PolicyDocument"]!)["Statement"]!)
            .OfType<Dictionary<string, object?>>().Single();
        foreach (var condition in ((Dictionary<string, object?>)statement["Condition"]!).Values.OfType<Dictionary<string, object?>>())
        {
            condition.Remove(key);
        }

        Policy.FilesBucketEvents(api).Should().ContainSingle(v => v.Contains("aws:SourceArn", StringComparison.Ordinal));
    }

    [Test]
    public void FilesEventsRuleRejectsABucketConfiguredBeforeTheQueueLetsS3Send()
    {
        var api = Load("api");
        ((Dictionary<string, object?>)Policy.Resources(api)["FilesBucket"]!).Remove("DependsOn");

        Policy.FilesBucketEvents(api).Should().ContainSingle(v => v.Contains("DependsOn WorkQueuePolicy", StringComparison.Ordinal));
    }

    [Test]
    public void S3EndpointRuleRejectsANetworkWithoutIt()
    {
        var network = Load("network");
        Policy.Resources(network).Remove("S3Endpoint");

        Policy.S3Endpoint(network).Should().ContainSingle();
    }

    [Test]
    public void FilesRuleRejectsABucketThatAcceptsPlainHttp()
    {
        var api = Load("api");
        ((List<object?>)((Dictionary<string, object?>)Props(api, "FilesBucketPolicy")["PolicyDocument"]!)["Statement"]!).Clear();

        Policy.FilesBucket(api).Should().Contain(v => v.Contains("without TLS", StringComparison.Ordinal));
    }

    [Test]
    public void FilesRuleRejectsAFunctionThatDoesNotKnowTheBucket()
    {
        var api = Load("api");
        ((Dictionary<string, object?>)((Dictionary<string, object?>)Props(api, "MigrateFunction")["Environment"]!)["Variables"]!)
            .Remove("Files__Bucket");

        Policy.FilesBucket(api).Should().Contain(v => v.Contains("MigrateFunction: environment Files__Bucket", StringComparison.Ordinal));
    }

    [Test]
    public void ConsoleRuleRejectsABucketOriginWithoutOriginAccessControl()
    {
        var edge = Load("edge");
        ConsoleOrigin(edge).Remove("OriginAccessControlId");

        Policy.Console(edge).Should().Contain(v => v.Contains("origin access control", StringComparison.Ordinal));
    }

    [Test]
    public void ConsoleRuleRejectsABucketPolicyThatLetsAnyoneRead()
    {
        var edge = Load("edge");
        var statements = (List<object?>)((Dictionary<string, object?>)Props(edge, "ConsoleBucketPolicy")["PolicyDocument"]!)["Statement"]!;
        statements.Add(Map(("Effect", "Allow"), ("Principal", "*"), ("Action", "s3:GetObject"), ("Resource", "*")));

        Policy.Console(edge).Should().Contain(v => v.Contains("only this distribution may read", StringComparison.Ordinal));
    }

    [TestCase("DefaultCacheBehavior", "console", "app routes rewritten")]
    [TestCase("/api/*", "console", "/api/* goes to the API")]
    public void ConsoleRuleRejectsABehaviorOnTheWrongOrigin(string behavior, string origin, string expected)
    {
        var edge = Load("edge");
        var config = (Dictionary<string, object?>)Props(edge, "Distribution")["DistributionConfig"]!;
        var target = behavior == "DefaultCacheBehavior"
            ? (Dictionary<string, object?>)config["DefaultCacheBehavior"]!
            : ((List<object?>)config["CacheBehaviors"]!).OfType<Dictionary<string, object?>>().Single(b => (string?)b["PathPattern"] == behavior);
        if (behavior == "DefaultCacheBehavior")
        {
            target.Remove("FunctionAssociations");
        }
        else
        {
            target["TargetOriginId"] = origin;
        }

        Policy.Console(edge).Should().Contain(v => v.Contains(expected, StringComparison.Ordinal));
    }

    [Test]
    public void AuthRuleRejectsAClientWithoutTheConsolesSignInFlow()
    {
        var auth = Load("auth");
        ((List<object?>)Props(auth, "WebClient")["ExplicitAuthFlows"]!).Remove("ALLOW_USER_PASSWORD_AUTH");

        Policy.Auth(auth).Should().Contain(v => v.Contains("USER_PASSWORD_AUTH", StringComparison.Ordinal));
    }

    private static Dictionary<string, object?> ConsoleOrigin(Dictionary<string, object?> edge) =>
        ((List<object?>)((Dictionary<string, object?>)Props(edge, "Distribution")["DistributionConfig"]!)["Origins"]!)
            .OfType<Dictionary<string, object?>>().Single(o => (string?)o["Id"] == "console");
}
