using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CleanStudents.Deployment.Tests.Support;

/// <summary>
/// The project's deployment rules, each a function from parsed templates to violations
/// (empty = compliant), so a test can run a rule on the real templates and on a broken copy.
/// </summary>
public static partial class Policy
{
    private static readonly string[] RequiredFunctionEnvironment =
    [
        "AWS_LAMBDA_EXEC_WRAPPER", "AWS_LWA_PORT", "AWS_LWA_READINESS_CHECK_PATH", "AWS_LWA_PASS_THROUGH_PATH",
        "AWS_LWA_ERROR_STATUS_CODES", "ASPNETCORE_ENVIRONMENT", "MALLOC_ARENA_MAX", "DOTNET_JitHostMaxSlabCache",
        "Database__Host", "Database__Port", "Database__Name",
        "Database__IamUser", "Database__MaxPoolSize", "Database__MaxAutoPrepare", "Cognito__Region", "Cognito__UserPoolId", "Cognito__ClientIds__0",
        "OriginVerify__Enabled", "OriginVerify__SecretArn", "Files__Bucket",
    ];

    private static readonly string[] RequiredGroups = ["admins", "lecturers", "students"];

    /// <summary>The app's embedded-metric-format counts (src/Application/Common/Metrics/BusinessMetric.cs).</summary>
    private static readonly string[] BusinessMetrics = ["StudentsCreated", "StudentsEnrolled", "InvitationsFailed", "FilesRejected"];

    /// <summary>Parameters build/deploy.sh passes itself rather than from the stage files.</summary>
    public static readonly string[] SuppliedByDeployScript = ["Stage", "ArtifactBucket", "ArtifactKey", "JwksJson", "DatabaseHost", "DatabaseMaxAutoPrepare", "MigrateArtifactKey", "DatabaseConnectResourceId", "AppRolePasswordSecretArn"];

    public static IReadOnlyList<string> Database(Dictionary<string, object?> database)
    {
        var v = new List<string>();
        var instances = OfType(database, "AWS::RDS::DBInstance").ToList();
        if (instances.Count == 0)
        {
            v.Add("database: no AWS::RDS::DBInstance");
        }

        foreach (var (name, props) in instances)
        {
            Expect(v, props, "PubliclyAccessible", "false", $"database {name}: must not be publicly accessible");
            Expect(v, props, "StorageEncrypted", "true", $"database {name}: storage must be encrypted");
            Expect(v, props, "ManageMasterUserPassword", "true", $"database {name}: RDS must manage the master password");
            if (props.ContainsKey("MasterUserPassword"))
            {
                v.Add($"database {name}: no MasterUserPassword in the template");
            }

            if (!props.ContainsKey("DBSubnetGroupName"))
            {
                v.Add($"database {name}: must sit in a DB subnet group");
            }

            var backup = MinimumOf(database, props.GetValueOrDefault("BackupRetentionPeriod"));
            if (backup is null or < 7)
            {
                v.Add($"database {name}: BackupRetentionPeriod must be at least 7 days (found {backup?.ToString(CultureInfo.InvariantCulture) ?? "none"})");
            }

            if (props.ContainsKey("EnableCloudwatchLogsExports") && !HasRetainedLogGroup(database, name))
            {
                v.Add($"database {name}: exported logs need a log group with RetentionInDays that the instance DependsOn");
            }

            foreach (var perStage in new[] { "MultiAZ", "DeletionProtection" })
            {
                if (RefName(props.GetValueOrDefault(perStage)) is not { } p || !Parameters(database).ContainsKey(p))
                {
                    v.Add($"database {name}: {perStage} must come from a stage parameter");
                }
            }
        }

        return v;
    }

    private static bool HasRetainedLogGroup(Dictionary<string, object?> database, string instance)
    {
        var dependsOn = AsList((Resources(database)[instance] as Dictionary<string, object?>)?.GetValueOrDefault("DependsOn"));
        return OfType(database, "AWS::Logs::LogGroup").Any(g => dependsOn.Contains(g.Name)
            && g.Props.ContainsKey("RetentionInDays")
            && JsonSerializer.Serialize(g.Props.GetValueOrDefault("LogGroupName")).Contains("/aws/rds/instance/", StringComparison.Ordinal));
    }

    public static IReadOnlyList<string> Network(Dictionary<string, object?> network)
    {
        var v = new List<string>();
        var resources = Resources(network);
        if (!resources.ContainsKey("DatabaseSecurityGroup") || !resources.ContainsKey("FunctionSecurityGroup"))
        {
            return ["network: DatabaseSecurityGroup and FunctionSecurityGroup must exist"];
        }

        // Allowed sources: the function's group, or the proxy's group when the proxy itself
        // admits nothing but the function's group.
        var allowed = new HashSet<string>(StringComparer.Ordinal) { "FunctionSecurityGroup" };
        if (resources.ContainsKey("ProxySecurityGroup"))
        {
            var proxyRules = IngressOf(network, "ProxySecurityGroup").ToList();
            if (proxyRules.All(r => IsPostgresFrom(r, new HashSet<string>(StringComparer.Ordinal) { "FunctionSecurityGroup" })))
            {
                allowed.Add("ProxySecurityGroup");
            }
            else
            {
                v.Add("network: ProxySecurityGroup may admit only 5432 from FunctionSecurityGroup");
            }
        }

        var dbRules = IngressOf(network, "DatabaseSecurityGroup").ToList();
        if (!dbRules.Any(r => IsPostgresFrom(r, new HashSet<string>(StringComparer.Ordinal) { "FunctionSecurityGroup" })))
        {
            v.Add("network: the database must admit 5432 from FunctionSecurityGroup");
        }

        foreach (var rule in dbRules.Where(r => !IsPostgresFrom(r, allowed)))
        {
            v.Add($"network: database ingress must be tcp 5432 from the function's group only, found {JsonSerializer.Serialize(rule)}");
        }

        var azs = OfType(network, "AWS::EC2::Subnet")
            .Where(s => Resources(network)[s.Name] is Dictionary<string, object?> res && !res.ContainsKey("Condition"))
            .Select(s => JsonSerializer.Serialize(s.Props.GetValueOrDefault("AvailabilityZone")))
            .Distinct(StringComparer.Ordinal)
            .Count();
        if (azs < 2)
        {
            v.Add("network: two private subnets in two Availability Zones");
        }

        var services = OfType(network, "AWS::EC2::VPCEndpoint")
            .Select(e => JsonSerializer.Serialize(e.Props.GetValueOrDefault("ServiceName")))
            .ToList();
        if (!services.Any(s => s.Contains(".secretsmanager", StringComparison.Ordinal)))
        {
            v.Add("network: an interface endpoint for Secrets Manager");
        }

        return v;
    }

    public static IReadOnlyList<string> Function(Dictionary<string, object?> api)
    {
        var v = new List<string>();
        var functions = OfType(api, "AWS::Lambda::Function").Where(f => f.Name == "Function").ToList();
        if (functions.Count != 1)
        {
            return ["api: the API function (resource Function) expected"];
        }

        var (name, props) = functions[0];
        Expect(v, props, "Runtime", "dotnet10", $"api {name}: runtime dotnet10");
        Expect(v, props, "Handler", "CleanStudents.WebApi", $"api {name}: Handler is the executable name");
        if (props.GetValueOrDefault("Architectures") is not List<object?> { Count: 1 } arch || arch[0] as string != "x86_64")
        {
            v.Add($"api {name}: Architectures [x86_64]");
        }

        var layers = JsonSerializer.Serialize(props.GetValueOrDefault("Layers"));
        if (!layers.Contains(":753240598075:layer:LambdaAdapterLayerX86:", StringComparison.Ordinal))
        {
            v.Add($"api {name}: the Lambda Web Adapter x86 layer");
        }

        if (Path(props, "TracingConfig", "Mode") as string != "Active")
        {
            v.Add($"api {name}: X-Ray tracing Active");
        }

        if (Path(props, "LoggingConfig", "LogFormat") as string != "JSON")
        {
            v.Add($"api {name}: LoggingConfig.LogFormat JSON");
        }

        // START/REPORT lines (init duration, memory) are INFO platform events.
        if (Path(props, "LoggingConfig", "SystemLogLevel") is not ("INFO" or "DEBUG"))
        {
            v.Add($"api {name}: LoggingConfig.SystemLogLevel INFO or DEBUG keeps START and REPORT");
        }

        if (Path(props, "LoggingConfig", "ApplicationLogLevel") is null)
        {
            v.Add($"api {name}: LoggingConfig.ApplicationLogLevel set (the app writes the level field it reads)");
        }

        if (Path(props, "VpcConfig", "SubnetIds") is null || Path(props, "VpcConfig", "SecurityGroupIds") is null)
        {
            v.Add($"api {name}: in the VPC (subnets and security group)");
        }

        var env = Path(props, "Environment", "Variables") as Dictionary<string, object?> ?? [];
        v.AddRange(RequiredFunctionEnvironment.Where(k => !env.ContainsKey(k)).Select(k => $"api {name}: environment {k}"));
        ExpectEnv(v, env, "AWS_LAMBDA_EXEC_WRAPPER", "/opt/bootstrap");
        ExpectEnv(v, env, "AWS_LWA_PORT", "8080");
        ExpectEnv(v, env, "AWS_LWA_READINESS_CHECK_PATH", "/health/live");
        ExpectEnv(v, env, "AWS_LWA_PASS_THROUGH_PATH", "/events");
        ExpectEnv(v, env, "ASPNETCORE_ENVIRONMENT", "Production");
        ExpectEnv(v, env, "MALLOC_ARENA_MAX", "2");
        ExpectEnv(v, env, "DOTNET_JitHostMaxSlabCache", "0x100000");
        ExpectEnv(v, env, "OriginVerify__Enabled", "true");

        // The app's own database role (ADR 0205): the master secret is the migrate function's alone.
        var role = Path(props, "Role", "Fn::GetAtt") is List<object?> { Count: > 0 } att ? att[0] as string : null;
        var grants = role is null ? [] : StatementsOf(Props(api, role)).ToList();
        if (grants.Any(st => JsonSerializer.Serialize(st).Contains("DatabaseSecretArn", StringComparison.Ordinal)))
        {
            v.Add($"api {name}: the API function's role reads the database master secret; it signs in as the app role (rds-db:connect)");
        }

        if (!grants.Any(st => AsList(st.GetValueOrDefault("Action")).Contains("rds-db:connect")
            && JsonSerializer.Serialize(st.GetValueOrDefault("Resource")).Contains(":dbuser:", StringComparison.Ordinal)
            && JsonSerializer.Serialize(st.GetValueOrDefault("Resource")).Contains("/cleanstudents_app", StringComparison.Ordinal)))
        {
            v.Add($"api {name}: rds-db:connect on the app role's dbuser ARN only");
        }

        var cognitoPermission = OfType(api, "AWS::Lambda::Permission")
            .Any(p => p.Props.GetValueOrDefault("Principal") as string == "cognito-idp.amazonaws.com" && p.Props.ContainsKey("SourceArn"));
        if (!cognitoPermission)
        {
            v.Add("api: a Lambda permission for cognito-idp.amazonaws.com scoped by SourceArn to the pool");
        }

        return v;
    }

    /// <summary>
    /// Migrations run before the new code takes traffic, with time to finish: a function of the same artifact
    /// (its own key parameter, which deploy.sh moves first), a longer timeout than the API function's, and no
    /// permission or integration that lets anything but the deployer invoke it.
    /// </summary>
    public static IReadOnlyList<string> Migrate(Dictionary<string, object?> api)
    {
        var v = new List<string>();
        var migrate = OfType(api, "AWS::Lambda::Function").Where(f => f.Name != "Function"
            && RefName(Path(f.Props, "Code", "S3Key")) == "MigrateArtifactKey").ToList();
        if (migrate.Count != 1)
        {
            return ["api: one migrate function whose Code.S3Key is the MigrateArtifactKey parameter"];
        }

        var (name, props) = migrate[0];
        var function = Props(api, "Function");
        if (JsonSerializer.Serialize(Path(props, "Code", "S3Bucket")) != JsonSerializer.Serialize(Path(function, "Code", "S3Bucket"))
            || props.GetValueOrDefault("Handler") as string != function.GetValueOrDefault("Handler") as string)
        {
            v.Add($"api {name}: the same artifact bucket and handler as the API function");
        }

        var timeout = MinimumOf(api, props.GetValueOrDefault("Timeout"));
        if (timeout is null or < 300)
        {
            v.Add($"api {name}: a timeout of at least 300 s, its own (found {timeout?.ToString(CultureInfo.InvariantCulture) ?? "none"})");
        }

        var env = Path(props, "Environment", "Variables") as Dictionary<string, object?> ?? [];
        if (env.GetValueOrDefault("AWS_LWA_PASS_THROUGH_PATH") as string != "/events")
        {
            v.Add($"api {name}: AWS_LWA_PASS_THROUGH_PATH /events (the migrate command is a pass-through event)");
        }

        if (env.GetValueOrDefault("Database__AppRole") as string != "cleanstudents_app" || !env.ContainsKey("Database__SecretArn"))
        {
            v.Add($"api {name}: migrates as the owner (Database__SecretArn) and keeps the app role cleanstudents_app in step (Database__AppRole)");
        }

        var invokers = OfType(api, "AWS::Lambda::Permission").Where(p => RefName(p.Props.GetValueOrDefault("FunctionName")) == name)
            .Concat(OfType(api, "AWS::ApiGatewayV2::Integration").Where(i => JsonSerializer.Serialize(i.Props.GetValueOrDefault("IntegrationUri")).Contains($"\"{name}\"", StringComparison.Ordinal)));
        v.AddRange(invokers.Select(i => $"api {i.Name}: nothing but the deployer invokes {name}"));
        return v;
    }

    private static readonly string[] SensitiveActionPrefixes = ["secretsmanager:", "cognito-idp:", "sqs:", "lambda:InvokeFunction"];

    /// <summary>No Allow statement on secrets, Cognito, SQS or invoke actions (or "*") may name a wildcard resource.</summary>
    public static IReadOnlyList<string> Iam(string stack, Dictionary<string, object?> template)
    {
        var v = new List<string>();
        foreach (var (name, statement) in Statements(template))
        {
            if (statement.GetValueOrDefault("Effect") as string != "Allow")
            {
                continue;
            }

            var actions = AsList(statement.GetValueOrDefault("Action")).Select(a => a as string ?? string.Empty).ToList();
            var sensitive = actions.Any(a => a == "*" || SensitiveActionPrefixes.Any(p => a.StartsWith(p, StringComparison.Ordinal)));
            if (!sensitive)
            {
                continue;
            }

            if (statement.ContainsKey("NotResource"))
            {
                v.Add($"{stack} {name}: NotResource on secrets/cognito actions");
            }

            foreach (var resource in AsList(statement.GetValueOrDefault("Resource")))
            {
                if (resource is string s && s.Contains('*', StringComparison.Ordinal))
                {
                    v.Add($"{stack} {name}: wildcard resource '{s}' for {string.Join(",", actions)}");
                }
                else if (resource is null)
                {
                    v.Add($"{stack} {name}: statement without a resource");
                }
            }

            if (!statement.ContainsKey("Resource"))
            {
                v.Add($"{stack} {name}: statement without a resource");
            }
        }

        return v;
    }

    public static IReadOnlyList<string> Routes(Dictionary<string, object?> api)
    {
        var v = new List<string>();
        var routes = OfType(api, "AWS::ApiGatewayV2::Route").ToList();
        if (routes.Count == 0)
        {
            v.Add("api: no routes");
        }

        var authorizers = OfType(api, "AWS::ApiGatewayV2::Authorizer")
            .Where(a => a.Props.GetValueOrDefault("AuthorizerType") as string == "JWT")
            .Select(a => a.Name)
            .ToHashSet(StringComparer.Ordinal);

        foreach (var (name, props) in routes)
        {
            var key = props.GetValueOrDefault("RouteKey") as string ?? string.Empty;
            var match = RouteKeyPattern().Match(key);
            if (!match.Success)
            {
                v.Add($"api {name}: route '{key}' is not a METHOD /api/... or /health/... route");
                continue;
            }

            var path = match.Groups["path"].Value;
            if (path.Contains("/events", StringComparison.OrdinalIgnoreCase))
            {
                v.Add($"api {name}: /events must never be routed");
            }

            if (path.StartsWith("/api/", StringComparison.Ordinal))
            {
                var authorizer = RefName(props.GetValueOrDefault("AuthorizerId"));
                if (props.GetValueOrDefault("AuthorizationType") as string != "JWT" || authorizer is null || !authorizers.Contains(authorizer))
                {
                    v.Add($"api {name}: '{key}' needs the JWT authorizer");
                }
            }
        }

        foreach (var (name, props) in OfType(api, "AWS::ApiGatewayV2::Api"))
        {
            if (props.ContainsKey("Target") || props.ContainsKey("RouteKey"))
            {
                v.Add($"api {name}: quick-create (Target/RouteKey) makes a $default catch-all route");
            }

            if (RefName(Path(props, "CorsConfiguration", "AllowOrigins")) is null)
            {
                v.Add($"api {name}: CORS origins must come from a parameter");
            }
        }

        foreach (var (name, props) in OfType(api, "AWS::ApiGatewayV2::Stage"))
        {
            if (Path(props, "DefaultRouteSettings", "ThrottlingRateLimit") is null || Path(props, "DefaultRouteSettings", "ThrottlingBurstLimit") is null)
            {
                v.Add($"api {name}: stage throttling");
            }

            if (Path(props, "AccessLogSettings", "DestinationArn") is null)
            {
                v.Add($"api {name}: access logs");
            }

            // The public health route is anonymous: its own, smaller bucket keeps probes off the stage's share.
            foreach (var (_, route) in routes.Where(r => (r.Props.GetValueOrDefault("RouteKey") as string)?.StartsWith("GET /health/", StringComparison.Ordinal) == true))
            {
                var key = (string)route.GetValueOrDefault("RouteKey")!;
                if (Path(props, "RouteSettings", key, "ThrottlingRateLimit") is null || Path(props, "RouteSettings", key, "ThrottlingBurstLimit") is null)
                {
                    v.Add($"api {name}: '{key}' needs its own throttling in RouteSettings");
                }
            }
        }

        foreach (var (name, props) in OfType(api, "AWS::Logs::LogGroup"))
        {
            if (!props.ContainsKey("RetentionInDays"))
            {
                v.Add($"api {name}: log retention");
            }
        }

        return v;
    }

    public static IReadOnlyList<string> Auth(Dictionary<string, object?> auth)
    {
        var v = new List<string>();
        var pools = OfType(auth, "AWS::Cognito::UserPool").ToList();
        if (pools.Count != 1)
        {
            return ["auth: exactly one user pool"];
        }

        var (pool, props) = pools[0];
        if (!AsList(props.GetValueOrDefault("UsernameAttributes")).Contains("email"))
        {
            v.Add($"auth {pool}: email sign-in");
        }

        var minLength = MinimumOf(auth, Path(props, "Policies", "PasswordPolicy", "MinimumLength"));
        if (minLength is null or < 8)
        {
            v.Add($"auth {pool}: password minimum length at least 8");
        }

        foreach (var trigger in new[] { "PreSignUp", "PostConfirmation" })
        {
            if (Path(props, "LambdaConfig", trigger) is null)
            {
                v.Add($"auth {pool}: {trigger} trigger");
            }
        }

        var email = JsonSerializer.Serialize(props.GetValueOrDefault("EmailConfiguration"));
        if (!email.Contains("\"EmailSendingAccount\":\"DEVELOPER\"", StringComparison.Ordinal)
            || !email.Contains("\"SourceArn\"", StringComparison.Ordinal) || !email.Contains("SesIdentity", StringComparison.Ordinal))
        {
            v.Add($"auth {pool}: EmailConfiguration sends through the SES identity of the SesIdentity parameter (EmailSendingAccount DEVELOPER)");
        }

        var groups = OfType(auth, "AWS::Cognito::UserPoolGroup").Select(g => g.Props.GetValueOrDefault("GroupName") as string).ToHashSet();
        v.AddRange(RequiredGroups.Where(g => !groups.Contains(g)).Select(g => $"auth: group {g}"));

        var clients = OfType(auth, "AWS::Cognito::UserPoolClient").ToList();
        if (clients.Count == 0)
        {
            v.Add("auth: an app client");
        }

        foreach (var (name, client) in clients)
        {
            Expect(v, client, "GenerateSecret", "false", $"auth {name}: a public client (no secret)");
            var flows = AsList(client.GetValueOrDefault("ExplicitAuthFlows"));
            if (!flows.Contains("ALLOW_USER_SRP_AUTH") || !flows.Contains("ALLOW_REFRESH_TOKEN_AUTH"))
            {
                v.Add($"auth {name}: SRP and refresh-token flows");
            }

            // The web console signs in with the flow its tests run (docs/adr/0401); nothing wider.
            if (!flows.Contains("ALLOW_USER_PASSWORD_AUTH") || flows.Contains("ALLOW_ADMIN_USER_PASSWORD_AUTH") || flows.Contains("ALLOW_CUSTOM_AUTH"))
            {
                v.Add($"auth {name}: the web console's USER_PASSWORD_AUTH flow, and no admin or custom flow");
            }
        }

        var generated = OfType(auth, "AWS::SecretsManager::Secret").Any(s => s.Props.ContainsKey("GenerateSecretString"));
        if (!generated)
        {
            v.Add("auth: the origin-verify secret is generated by Secrets Manager");
        }

        return v;
    }

    public static IReadOnlyList<string> Edge(Dictionary<string, object?> edge)
    {
        var v = new List<string>();
        var distributions = OfType(edge, "AWS::CloudFront::Distribution").ToList();
        if (distributions.Count == 0)
        {
            v.Add("edge: no CloudFront distribution");
        }

        foreach (var (name, props) in distributions)
        {
            // The API's origins (custom ones); the console's bucket is read through origin access control.
            var origins = AsList(Path(props, "DistributionConfig", "Origins")).OfType<Dictionary<string, object?>>()
                .Where(o => o.ContainsKey("CustomOriginConfig")).ToList();
            if (origins.Count == 0 || !origins.All(SendsOriginVerify))
            {
                v.Add($"edge {name}: every API origin sends X-Origin-Verify from Secrets Manager");
            }
        }

        var schedules = OfType(edge, "AWS::SecretsManager::RotationSchedule").ToList();
        if (!schedules.Any(s => s.Props.ContainsKey("RotationRules") && s.Props.ContainsKey("RotationLambdaARN")))
        {
            v.Add("edge: a rotation schedule for the origin-verify secret");
        }

        return v;

        static bool SendsOriginVerify(Dictionary<string, object?> origin) =>
            AsList(origin.GetValueOrDefault("OriginCustomHeaders"))
                .OfType<Dictionary<string, object?>>()
                .Any(h => h.GetValueOrDefault("HeaderName") as string == "X-Origin-Verify"
                    && JsonSerializer.Serialize(h.GetValueOrDefault("HeaderValue")).Contains("{{resolve:secretsmanager:", StringComparison.Ordinal));
    }

    public static IReadOnlyList<string> Monitoring(Dictionary<string, object?> monitoring)
    {
        var required = new (string Namespace, string Metric, string? Extended)[]
        {
            ("AWS/Lambda", "Errors", null), ("AWS/Lambda", "Throttles", null), ("AWS/Lambda", "Duration", "p99"),
            ("AWS/ApiGateway", "5xx", null), ("AWS/RDS", "CPUUtilization", null), ("AWS/RDS", "FreeStorageSpace", null),
            ("AWS/RDS", "DatabaseConnections", null), ("CleanStudents", "InvitationsFailed", null),
            ("CleanStudents", "FilesRejected", null),
        };
        var alarms = OfType(monitoring, "AWS::CloudWatch::Alarm").Select(a => a.Props).ToList();
        var v = required
            .Where(r => !alarms.Any(a => a.GetValueOrDefault("Namespace") as string == r.Namespace
                && a.GetValueOrDefault("MetricName") as string == r.Metric
                && (r.Extended is null || a.GetValueOrDefault("ExtendedStatistic") as string == r.Extended)
                && a.ContainsKey("AlarmActions")))
            .Select(r => $"monitoring: an alarm (with actions) on {r.Namespace} {r.Metric}{(r.Extended is null ? string.Empty : " " + r.Extended)}")
            .ToList();
        var dashboards = OfType(monitoring, "AWS::CloudWatch::Dashboard").Select(d => JsonSerializer.Serialize(d.Props)).ToList();
        if (dashboards.Count == 0)
        {
            v.Add("monitoring: a dashboard");
        }
        else if (!dashboards.Any(d => BusinessMetrics.All(m => d.Contains(m, StringComparison.Ordinal))))
        {
            v.Add($"monitoring: the dashboard shows the business metrics ({string.Join(", ", BusinessMetrics)})");
        }

        v.AddRange(AlarmTopic(monitoring));
        v.AddRange(RotationAlarms(monitoring));
        return v;
    }

    /// <summary>
    /// Alarms can reach someone: the topic's key is one CloudWatch may use (never the AWS-managed
    /// alias/aws/sns, whose policy cannot be changed), scoped by source, and an address is subscribed.
    /// </summary>
    public static IReadOnlyList<string> AlarmTopic(Dictionary<string, object?> monitoring)
    {
        var v = new List<string>();
        var topics = OfType(monitoring, "AWS::SNS::Topic").ToList();
        if (topics.Count == 0)
        {
            v.Add("monitoring: an SNS topic for the alarms");
        }

        foreach (var (name, props) in topics)
        {
            var key = props.GetValueOrDefault("KmsMasterKeyId");
            if (key is string literal)
            {
                v.Add($"monitoring {name}: KmsMasterKeyId '{literal}' is not a key of this template (CloudWatch cannot use alias/aws/sns)");
            }
            else if (key is null)
            {
                v.Add($"monitoring {name}: encrypt the topic with a customer-managed key");
            }
            else if (RefName(key) is not { } keyName || !OfType(monitoring, "AWS::KMS::Key").Any(k => k.Name == keyName))
            {
                v.Add($"monitoring {name}: KmsMasterKeyId must Ref an AWS::KMS::Key of this template");
            }
            else if (!GrantsCloudWatchWithSourceConditions(Props(monitoring, keyName)))
            {
                v.Add($"monitoring {keyName}: the key policy lets cloudwatch.amazonaws.com kms:Decrypt and kms:GenerateDataKey*, with aws:SourceAccount or aws:SourceArn");
            }

            var subscribed = OfType(monitoring, "AWS::SNS::Subscription").Any(sub =>
                RefName(sub.Props.GetValueOrDefault("TopicArn")) == name
                && sub.Props.GetValueOrDefault("Protocol") as string == "email"
                && !((Resources(monitoring)[sub.Name] as Dictionary<string, object?>)?.ContainsKey("Condition") ?? false));
            if (!subscribed)
            {
                v.Add($"monitoring {name}: an unconditional e-mail subscription");
            }
        }

        return v;

        static bool GrantsCloudWatchWithSourceConditions(Dictionary<string, object?> key) =>
            AsList(Path(key, "KeyPolicy", "Statement")).OfType<Dictionary<string, object?>>().Any(st =>
                st.GetValueOrDefault("Effect") as string == "Allow"
                && JsonSerializer.Serialize(Path(st, "Principal", "Service")).Contains("cloudwatch.amazonaws.com", StringComparison.Ordinal)
                && AsList(st.GetValueOrDefault("Action")).Contains("kms:Decrypt")
                && AsList(st.GetValueOrDefault("Action")).Any(a => a is "kms:GenerateDataKey*" or "kms:GenerateDataKey")
                && JsonSerializer.Serialize(st.GetValueOrDefault("Condition")) is var condition
                && (condition.Contains("aws:SourceAccount", StringComparison.Ordinal) || condition.Contains("aws:SourceArn", StringComparison.Ordinal)));
    }

    /// <summary>The origin-verify rotation pages: an alarm on its function's errors and a rule on Secrets Manager's RotationFailed.</summary>
    public static IReadOnlyList<string> RotationAlarms(Dictionary<string, object?> monitoring)
    {
        var v = new List<string>();
        var functionErrors = OfType(monitoring, "AWS::CloudWatch::Alarm").Any(a =>
            a.Props.GetValueOrDefault("MetricName") as string == "Errors" && a.Props.ContainsKey("AlarmActions")
            && JsonSerializer.Serialize(a.Props.GetValueOrDefault("Dimensions")).Contains("RotationFunctionName", StringComparison.Ordinal));
        if (!functionErrors)
        {
            v.Add("monitoring: an alarm on the rotation function's Errors");
        }

        var rule = OfType(monitoring, "AWS::Events::Rule").Any(r =>
            JsonSerializer.Serialize(Path(r.Props, "EventPattern", "detail", "eventName")).Contains("RotationFailed", StringComparison.Ordinal)
            && AsList(r.Props.GetValueOrDefault("Targets")).OfType<Dictionary<string, object?>>().Any(t => RefName(t.GetValueOrDefault("Arn")) is { } topic
                && OfType(monitoring, "AWS::SNS::Topic").Any(x => x.Name == topic)));
        if (!rule)
        {
            v.Add("monitoring: an EventBridge rule on RotationFailed that notifies the alarm topic");
        }

        return v;
    }

    /// <summary>
    /// An export whose value depends on a condition (a stage switch such as EnableRdsProxy) is imported by no
    /// stack: CloudFormation refuses to change an export another stack imports, so the switch would fail.
    /// </summary>
    public static IReadOnlyList<string> SwitchableExports(IReadOnlyDictionary<string, Dictionary<string, object?>> templates)
    {
        var v = new List<string>();
        foreach (var (stack, template) in templates)
        {
            var outputs = template.GetValueOrDefault("Outputs") as Dictionary<string, object?> ?? [];
            foreach (var (name, output) in outputs)
            {
                if (output is not Dictionary<string, object?> o || Path(o, "Export", "Name") is not { } exportName
                    || !JsonSerializer.Serialize(o.GetValueOrDefault("Value")).Contains("\"Fn::If\"", StringComparison.Ordinal))
                {
                    continue;
                }

                var import = JsonSerializer.Serialize(new Dictionary<string, object?> { ["Fn::ImportValue"] = exportName });
                v.AddRange(templates
                    .Where(t => JsonSerializer.Serialize(t.Value).Contains(import, StringComparison.Ordinal))
                    .Select(t => $"{t.Key}: imports {stack}'s {name}, whose value changes with a condition; pass it as a parameter instead"));
            }
        }

        return v;
    }

    /// <summary>Each stage file names only real parameters, gives every one without a default, and fits AllowedValues.</summary>
    public static IReadOnlyList<string> StageParameters(string stage, IReadOnlyDictionary<string, Dictionary<string, object?>> templates, IReadOnlyDictionary<string, Dictionary<string, string>> files)
    {
        var v = new List<string>();
        foreach (var (stack, template) in templates)
        {
            if (!files.TryGetValue(stack, out var values))
            {
                v.Add($"{stage}/{stack}.json: missing");
                continue;
            }

            var parameters = Parameters(template);
            v.AddRange(values.Keys.Where(k => !parameters.ContainsKey(k)).Select(k => $"{stage}/{stack}.json: {k} is not a parameter of {stack}.yaml"));
            v.AddRange(values.Keys.Where(k => SuppliedByDeployScript.Contains(k)).Select(k => $"{stage}/{stack}.json: {k} is set by build/deploy.sh"));
            foreach (var (name, definition) in parameters)
            {
                if (definition is not Dictionary<string, object?> def)
                {
                    continue;
                }

                if (!def.ContainsKey("Default") && !values.ContainsKey(name) && !SuppliedByDeployScript.Contains(name))
                {
                    v.Add($"{stage}/{stack}.json: {name} has no default and no value");
                }

                if (values.TryGetValue(name, out var value) && def.GetValueOrDefault("AllowedValues") is List<object?> allowed && !allowed.Contains(value))
                {
                    v.Add($"{stage}/{stack}.json: {name}={value} is not one of its AllowedValues");
                }

                if (values.TryGetValue(name, out var number) && def.GetValueOrDefault("MinValue") is string min
                    && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                    && n < double.Parse(min, CultureInfo.InvariantCulture))
                {
                    v.Add($"{stage}/{stack}.json: {name}={number} is below its MinValue {min}");
                }
            }
        }

        // Every stage caps its containers so their pools stay under the connections alarm (a db.t4g.micro has few).
        if (files.TryGetValue("api", out var api) && files.TryGetValue("monitoring", out var monitoring))
        {
            var reserved = Number(api.GetValueOrDefault("ReservedConcurrency"));
            var pool = Number(api.GetValueOrDefault("DatabaseMaxPoolSize"));
            var alarm = Number(monitoring.GetValueOrDefault("DatabaseConnectionsThreshold"));
            if (reserved is not > 0)
            {
                v.Add($"{stage}/api.json: ReservedConcurrency above 0 (without it a burst exhausts the database's connections)");
            }
            else if (reserved * pool >= alarm)
            {
                v.Add($"{stage}: ReservedConcurrency {reserved} × DatabaseMaxPoolSize {pool} reaches the DatabaseConnectionsThreshold {alarm}");
            }
        }

        if (stage == "prod" && files.TryGetValue("database", out var db)
            && (db.GetValueOrDefault("MultiAz") != "true" || db.GetValueOrDefault("DeletionProtection") != "true"))
        {
            v.Add("prod/database.json: prod runs Multi-AZ with deletion protection");
        }

        // A user pool with a domain cannot be reached through the cognito-idp endpoint, whose private DNS
        // catches every Cognito call even when a NAT gateway exists (ADR 0103).
        if (files.TryGetValue("auth", out var auth) && !string.IsNullOrEmpty(auth.GetValueOrDefault("DomainPrefix"))
            && files.TryGetValue("network", out var network))
        {
            if (network.GetValueOrDefault("EnableNatGateway") != "true")
            {
                v.Add($"{stage}: a Cognito domain needs EnableNatGateway=true in network.json");
            }

            var endpoint = network.TryGetValue("EnableCognitoEndpoint", out var set) ? set : DefaultOf(templates, "network", "EnableCognitoEndpoint");
            if (endpoint != "false")
            {
                v.Add($"{stage}: a Cognito domain cannot be used through the Cognito VPC endpoint; set EnableCognitoEndpoint=false in network.json");
            }
        }

        // Cognito's built-in sender has a small daily quota: production mail goes through SES.
        if (stage == "prod" && (files.GetValueOrDefault("auth") is not { } prodAuth
            || string.IsNullOrEmpty(prodAuth.GetValueOrDefault("SesIdentity")) || string.IsNullOrEmpty(prodAuth.GetValueOrDefault("SesFromAddress"))))
        {
            v.Add("prod/auth.json: SesIdentity and SesFromAddress (Cognito's own sender runs out of its daily quota)");
        }

        return v;
    }

    private static double? Number(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? DefaultOf(IReadOnlyDictionary<string, Dictionary<string, object?>> templates, string stack, string parameter) =>
        templates.TryGetValue(stack, out var template) ? Path(Parameters(template), parameter, "Default") as string : null;

    public static Dictionary<string, string> ReadParameterFile(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("Parameters").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
    }

    // --- helpers over the parsed tree ---
    public static Dictionary<string, object?> Resources(Dictionary<string, object?> template) =>
        template.GetValueOrDefault("Resources") as Dictionary<string, object?> ?? [];

    public static Dictionary<string, object?> Parameters(Dictionary<string, object?> template) =>
        template.GetValueOrDefault("Parameters") as Dictionary<string, object?> ?? [];

    public static IEnumerable<(string Name, Dictionary<string, object?> Props)> OfType(Dictionary<string, object?> template, string type) =>
        Resources(template)
            .Where(r => r.Value is Dictionary<string, object?> res && res.GetValueOrDefault("Type") as string == type)
            .Select(r => (r.Key, ((Dictionary<string, object?>)r.Value!).GetValueOrDefault("Properties") as Dictionary<string, object?> ?? []));

    public static Dictionary<string, object?> Props(Dictionary<string, object?> template, string resource) =>
        (Resources(template)[resource] as Dictionary<string, object?>)!.GetValueOrDefault("Properties") as Dictionary<string, object?> ?? [];

    public static object? Path(Dictionary<string, object?>? node, params string[] keys)
    {
        object? current = node;
        foreach (var key in keys)
        {
            current = (current as Dictionary<string, object?>)?.GetValueOrDefault(key);
        }

        return current;
    }

    private static string? RefName(object? value) =>
        value is Dictionary<string, object?> { Count: 1 } d && d.TryGetValue("Ref", out var r) ? r as string : null;

    private static List<object?> AsList(object? value) => value switch
    {
        List<object?> list => list,
        null => [],
        _ => [value],
    };

    /// <summary>A literal number, or the MinValue (and Default) of the parameter it refers to.</summary>
    private static double? MinimumOf(Dictionary<string, object?> template, object? value)
    {
        if (value is string s)
        {
            return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;
        }

        if (RefName(value) is { } name && Parameters(template).GetValueOrDefault(name) is Dictionary<string, object?> p
            && p.GetValueOrDefault("MinValue") is string min)
        {
            var floor = double.Parse(min, CultureInfo.InvariantCulture);
            return p.GetValueOrDefault("Default") is string d ? Math.Min(floor, double.Parse(d, CultureInfo.InvariantCulture)) : floor;
        }

        return null;
    }

    private static IEnumerable<Dictionary<string, object?>> IngressOf(Dictionary<string, object?> network, string group)
    {
        foreach (var rule in AsList(Props(network, group).GetValueOrDefault("SecurityGroupIngress")).OfType<Dictionary<string, object?>>())
        {
            yield return rule;
        }

        foreach (var (_, props) in OfType(network, "AWS::EC2::SecurityGroupIngress"))
        {
            if (RefName(props.GetValueOrDefault("GroupId")) == group)
            {
                yield return props;
            }
        }
    }

    private static bool IsPostgresFrom(Dictionary<string, object?> rule, HashSet<string> sources) =>
        rule.GetValueOrDefault("IpProtocol") as string == "tcp"
        && rule.GetValueOrDefault("FromPort") as string == "5432"
        && rule.GetValueOrDefault("ToPort") as string == "5432"
        && !rule.ContainsKey("CidrIp") && !rule.ContainsKey("CidrIpv6") && !rule.ContainsKey("SourcePrefixListId")
        && RefName(rule.GetValueOrDefault("SourceSecurityGroupId")) is { } source && sources.Contains(source);

    private static bool DeniesInsecureTransport(IEnumerable<Dictionary<string, object?>> statements) =>
        statements.Any(s => s.GetValueOrDefault("Effect") as string == "Deny"
            && Path(s, "Condition", "Bool", "aws:SecureTransport") as string == "false");

    private static IEnumerable<Dictionary<string, object?>> StatementsOf(Dictionary<string, object?> role) =>
        AsList(role.GetValueOrDefault("Policies")).OfType<Dictionary<string, object?>>()
            .SelectMany(p => AsList(Path(p, "PolicyDocument", "Statement"))).OfType<Dictionary<string, object?>>();

    private static IEnumerable<(string Name, Dictionary<string, object?> Statement)> Statements(Dictionary<string, object?> template)
    {
        foreach (var (name, resource) in Resources(template))
        {
            var props = (resource as Dictionary<string, object?>)?.GetValueOrDefault("Properties") as Dictionary<string, object?>;
            var documents = new List<object?>();
            documents.AddRange(AsList(props?.GetValueOrDefault("Policies")).OfType<Dictionary<string, object?>>().Select(p => p.GetValueOrDefault("PolicyDocument")));
            documents.Add(props?.GetValueOrDefault("PolicyDocument"));
            foreach (var statement in documents.SelectMany(d => AsList(Path(d as Dictionary<string, object?>, "Statement"))).OfType<Dictionary<string, object?>>())
            {
                yield return (name, statement);
            }
        }
    }

    private static void Expect(List<string> violations, Dictionary<string, object?> props, string key, string expected, string message)
    {
        if (!string.Equals(props.GetValueOrDefault(key) as string, expected, StringComparison.Ordinal))
        {
            violations.Add(message);
        }
    }

    private static void ExpectEnv(List<string> violations, Dictionary<string, object?> env, string key, string expected)
    {
        if (env.TryGetValue(key, out var value) && !string.Equals(value as string, expected, StringComparison.Ordinal))
        {
            violations.Add($"api: environment {key} must be {expected}");
        }
    }

    [GeneratedRegex(@"^(GET|POST|PUT|PATCH|DELETE|HEAD) (?<path>/(api|health)/[^ ]*)$")]
    private static partial Regex RouteKeyPattern();
}
