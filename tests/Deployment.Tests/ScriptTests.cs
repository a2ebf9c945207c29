using CleanStudents.Deployment.Tests.Support;

namespace CleanStudents.Deployment.Tests;

/// <summary>The linter script and the deploy script (a dry run, and real runs against stand-in AWS CLIs), run for real.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ScriptTests
{
    private string _scratch = null!;

    [SetUp]
    public void CreateScratch() => _scratch = Directory.CreateTempSubdirectory("cleanstudents-deploy-").FullName;

    [TearDown]
    public void DeleteScratch() => Directory.Delete(_scratch, recursive: true);

    [Test]
    public void DryRunPrintsTheStackDeploysInOrderAndCallsNoAws()
    {
        // Stand-ins that record any call: the dry run must reach neither AWS nor the internet.
        var calls = System.IO.Path.Combine(_scratch, "calls.log");
        var bin = StandIns(new Dictionary<string, string>
        {
            ["aws"] = $"echo \"aws $*\" >> '{calls}'\nexit 97",
            ["curl"] = $"echo \"curl $*\" >> '{calls}'\nexit 97",
        });

        var (exitCode, output) = Repo.Run("bash", ["build/deploy.sh", "dev", "--dry-run", "--region", "eu-west-1", "--artifact", Artifact(), "--console", Console()],
            new Dictionary<string, string> { ["PATH"] = $"{bin}:/usr/local/bin:/usr/bin:/bin" });

        exitCode.Should().Be(0, output);
        File.Exists(calls).Should().BeFalse("a dry run makes no AWS or network call, but made: " + (File.Exists(calls) ? File.ReadAllText(calls) : string.Empty));

        var lines = output.Split('\n');
        var deployed = lines
            .Where(l => l.StartsWith("+ aws ", StringComparison.Ordinal) && l.Contains(" cloudformation deploy ", StringComparison.Ordinal))
            .Select(l => l.Split(' ').SkipWhile(w => w != "--stack-name").Skip(1).First())
            .ToList();
        deployed.Distinct().Should().Equal(Repo.Stacks.Select(s => $"cleanstudents-dev-{s}"));

        lines.Should().Contain(l => l.StartsWith("+ aws ", StringComparison.Ordinal) && l.Contains(" s3 cp ", StringComparison.Ordinal) && l.Contains(".zip", StringComparison.Ordinal));
        var invoke = Array.FindIndex(lines, l => l.Contains(" lambda invoke ", StringComparison.Ordinal) && l.Contains("migrate", StringComparison.Ordinal));
        static bool IsApiDeploy(string l) => l.Contains(" cloudformation deploy --stack-name cleanstudents-dev-api ", StringComparison.Ordinal);
        var apiDeploys = lines.Select((l, i) => (Line: l, Index: i)).Where(x => IsApiDeploy(x.Line)).ToList();
        apiDeploys.Should().HaveCount(2, "the api stack is deployed before and after the migration");
        invoke.Should().BeInRange(apiDeploys[0].Index, apiDeploys[1].Index, "migrations run with the new code before the API function gets it");
        apiDeploys[0].Line.Should().Contain("MigrateArtifactKey=lambda/cleanstudents-lambda-")
            .And.Contain("ArtifactKey=\\<ArtifactKey\\ of\\ cleanstudents-dev-api\\>", "the API function keeps the code it runs");
        apiDeploys[1].Line
            .Should().Contain(" ArtifactKey=lambda/cleanstudents-lambda-").And.Contain("JwksJson=").And.Contain("DatabaseMaxPoolSize=3")
            .And.Contain("DatabaseHost=").And.Contain("DatabaseMaxAutoPrepare=");
        output.Should().Contain("API URL:").And.Contain("CloudFront URL:");

        // The console: hashed assets cached for good, then its settings and the page revalidated each visit.
        var uploads = lines.Where(l => l.StartsWith("+ aws ", StringComparison.Ordinal) && l.Contains(" s3 ", StringComparison.Ordinal) && l.Contains("ConsoleBucketName", StringComparison.Ordinal)).ToList();
        uploads.Should().HaveCount(3);
        uploads[0].Should().Contain(" s3 sync ").And.Contain("/assets").And.Contain("max-age=31536000\\,\\ immutable");
        uploads[1].Should().Contain("/config.json").And.Contain("--cache-control no-cache");
        uploads[2].Should().Contain("/index.html").And.Contain("--cache-control no-cache");
        Array.FindIndex(lines, l => l.Contains("/index.html", StringComparison.Ordinal) && l.Contains(" s3 cp ", StringComparison.Ordinal))
            .Should().BeGreaterThan(Array.FindIndex(lines, l => l.Contains("cloudformation deploy --stack-name cleanstudents-dev-edge ", StringComparison.Ordinal)),
                "the bucket exists once the edge stack is deployed");
        output.Should().Contain("\"cognitoEndpoint\":\"https://cognito-idp.eu-west-1.amazonaws.com/\"");
    }

    [Test]
    public void DeployRefusesToRunWithoutABuiltConsole()
    {
        var artifact = System.IO.Path.Combine(_scratch, "cleanstudents-lambda.zip");
        File.WriteAllBytes(artifact, [0x50, 0x4b, 0x05, 0x06]);

        var (exitCode, output) = Repo.Run("bash", ["build/deploy.sh", "dev", "--dry-run", "--region", "eu-west-1", "--artifact", artifact, "--console", System.IO.Path.Combine(_scratch, "none")]);

        exitCode.Should().Be(2);
        output.Should().Contain("the web console is not built");
    }

    [TestCase("pgbouncer", Description = "OwnPgBouncer, the scale-out tests' RDS Proxy stand-in")]
    [TestCase("postgresql-", Description = "OwnPostgres and the shared stack")]
    [TestCase("nodejs", Description = "cognito-local")]
    public void TheStackPrerequisitesInstallWhatTheTestFixturesStart(string package)
    {
        // A fresh machine has only the image's packages: test.sh installs the rest through this function.
        var (exitCode, output) = Repo.Run("bash", ["-c", "source build/lib/common.sh && declare -f ensure_prerequisites"]);

        exitCode.Should().Be(0, output);
        output.Split('\n').Should().Contain(line => line.Contains("pkgs+=(", StringComparison.Ordinal) && line.Contains(package, StringComparison.Ordinal),
            $"build/lib/common.sh must install {package} for ./build/test.sh on a fresh machine");
    }

    [TestCase("text")]
    [TestCase("yaml")]
    [TestCase("table")]
    public void AFailedMigrateStopsTheDeployWhateverTheUsersDefaultOutput(string defaultOutput)
    {
        var (exitCode, output, calls) = DeployAgainstStandIns(defaultOutput, functionError: ", \"FunctionError\": \"Unhandled\"");

        exitCode.Should().NotBe(0, output);
        output.Should().Contain("the migrate command failed");
        calls.Should().Contain(" lambda invoke ").And.NotContain("--stack-name cleanstudents-dev-edge", "nothing is deployed after a failed migrate");
        calls.Split('\n').Where(l => l.Contains("deploy --stack-name cleanstudents-dev-api ", StringComparison.Ordinal))
            .Should().ContainSingle("the API function never gets the code whose migration failed")
            .Which.Should().Contain("ArtifactKey=stack-output ");
    }

    [Test]
    public void ASuccessfulMigrateDeploysTheRestWhateverTheUsersDefaultOutput()
    {
        var (exitCode, output, calls) = DeployAgainstStandIns("text", functionError: string.Empty);

        exitCode.Should().Be(0, output);
        calls.Should().Contain("--stack-name cleanstudents-dev-edge").And.Contain("--stack-name cleanstudents-dev-monitoring");
    }

    /// <summary>A real (not dry) deploy of dev against a stand-in AWS CLI that answers in the user's default output unless told --output.</summary>
    private (int ExitCode, string Output, string Calls) DeployAgainstStandIns(string defaultOutput, string functionError)
    {
        var root = CopyOfTheDeployFiles("dev", alarmEmail: "ops@school.test");
        var calls = System.IO.Path.Combine(_scratch, "calls.log");
        var bin = StandIns(new Dictionary<string, string>
        {
            ["aws"] = $$"""
                echo "aws $*" >> '{{calls}}'
                output="${AWS_DEFAULT_OUTPUT:-json}"; args=("$@")
                for ((i = 0; i < ${#args[@]}; i++)); do [[ ${args[i]} == --output ]] && output=${args[i+1]}; done
                if [[ " $* " == *" lambda invoke "* ]]; then
                  echo '{"command":"migrate"}' > "${args[${#args[@]}-1]}"
                  case "$output" in
                    json) echo '{"StatusCode": 200{{functionError}}, "ExecutedVersion": "$LATEST"}' ;;
                    text) printf '$LATEST\tUnhandled\t200\n' ;;
                    yaml) printf 'ExecutedVersion: $LATEST\nFunctionError: Unhandled\nStatusCode: 200\n' ;;
                    table) printf -- '-------\n|Invoke|\n+-----+\n| Unhandled | 200 |\n' ;;
                  esac
                elif [[ " $* " == *" describe-stacks "* ]]; then
                  echo "stack-output"
                fi
                """,
            ["curl"] = "echo '{\"keys\":[]}'",
        });

        var (exitCode, output) = Run(root, ["dev", "--region", "eu-west-1", "--artifact", Artifact(), "--console", Console()],
            new Dictionary<string, string> { ["PATH"] = $"{bin}:/usr/local/bin:/usr/bin:/bin", ["AWS_DEFAULT_OUTPUT"] = defaultOutput });
        return (exitCode, output, File.Exists(calls) ? File.ReadAllText(calls) : string.Empty);
    }

    [TestCase("dev", "alarms-dev@cleanstudents.example", "set AlarmEmail in cloudformation/parameters/dev/monitoring.json")]
    [TestCase("prod", "ops@school.test", "set SesIdentity in cloudformation/parameters/prod/auth.json")]
    public void ARealDeployRefusesAShippedPlaceholder(string stage, string alarmEmail, string expected)
    {
        var root = CopyOfTheDeployFiles(stage, alarmEmail);
        var bin = StandIns(new Dictionary<string, string> { ["aws"] = "exit 97" });

        var (exitCode, output) = Run(root, [stage, "--region", "eu-west-1", "--artifact", Artifact(), "--console", Console()],
            new Dictionary<string, string> { ["PATH"] = $"{bin}:/usr/local/bin:/usr/bin:/bin" });

        exitCode.Should().Be(2, output);
        output.Should().Contain(expected);
    }

    /// <summary>
    /// Bash before 4.4 (macOS ships 3.2) treats "${a[@]}" of an empty array as unbound under set -u, and
    /// Debian's bash 5 cannot show it: so no array the deployer's scripts may leave empty is expanded unguarded.
    /// </summary>
    [TestCase("build/deploy.sh")]
    [TestCase("build/package.sh")]
    [TestCase("build/lint-templates.sh")]
    public void DeployerScriptsGuardEveryArrayThatMayBeEmpty(string script)
    {
        var text = File.ReadAllText(System.IO.Path.Combine(Repo.Root, script));

        ScriptChecks.UnguardedEmptyArrayExpansions(text).Should().BeEmpty();
    }

    [Test]
    public void TheArrayCheckFindsAnUnguardedExpansion() =>
        ScriptChecks.UnguardedEmptyArrayExpansions("f() {\n  local caps=()\n  aws deploy \"${caps[@]}\" --x\n}\nok=(a)\necho \"${ok[@]}\"\ng=()\necho ${g[@]+\"${g[@]}\"}\n")
            .Should().Equal("caps");

    [Test]
    public void TheBrowserTestsInstallDebiansChromium()
    {
        // Playwright's own browser download is not reachable: test.sh installs the system one.
        var (exitCode, output) = Repo.Run("bash", ["-c", "source build/lib/common.sh && declare -f ensure_chromium && grep -c '^ *ensure_chromium$' build/test.sh"]);

        exitCode.Should().Be(0, output);
        output.Should().Contain("apt_install chromium");
    }

    [Test]
    public void DeployRefusesAnUnknownStage()
    {
        var (exitCode, _) = Repo.Run("bash", ["build/deploy.sh", "qa", "--dry-run", "--region", "eu-west-1"]);

        exitCode.Should().NotBe(0);
    }

    private string StandIns(Dictionary<string, string> tools)
    {
        var bin = Directory.CreateDirectory(System.IO.Path.Combine(_scratch, "bin")).FullName;
        foreach (var (tool, body) in tools)
        {
            var path = System.IO.Path.Combine(bin, tool);
            File.WriteAllText(path, $"#!/usr/bin/env bash\n{body}\n");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return bin;
    }

    private string Artifact()
    {
        var artifact = System.IO.Path.Combine(_scratch, "cleanstudents-lambda.zip");
        File.WriteAllBytes(artifact, [0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        return artifact;
    }

    /// <summary>A built web console as deploy.sh uploads it: index.html and a hashed asset.</summary>
    private string Console()
    {
        var console = Directory.CreateDirectory(System.IO.Path.Combine(_scratch, "console", "assets")).Parent!.FullName;
        File.WriteAllText(System.IO.Path.Combine(console, "index.html"), "<!doctype html>");
        File.WriteAllText(System.IO.Path.Combine(console, "assets", "index-abc123.js"), "");
        return console;
    }

    /// <summary>build/ and cloudformation/ in the scratch folder, with the stage's alarm address set.</summary>
    private string CopyOfTheDeployFiles(string stage, string alarmEmail)
    {
        var root = System.IO.Path.Combine(_scratch, "repo");
        foreach (var folder in new[] { "build", "cloudformation" })
        {
            Repo.CopyFolder(System.IO.Path.Combine(Repo.Root, folder), System.IO.Path.Combine(root, folder));
        }

        var monitoring = System.IO.Path.Combine(root, "cloudformation", "parameters", stage, "monitoring.json");
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(monitoring))!;
        node["Parameters"]!["AlarmEmail"] = alarmEmail;
        File.WriteAllText(monitoring, node.ToJsonString());
        return root;
    }

    private static (int ExitCode, string Output) Run(string root, string[] arguments, Dictionary<string, string> environment) =>
        Repo.Run("bash", [System.IO.Path.Combine(root, "build", "deploy.sh"), .. arguments], environment);

    [Test]
    public void LinterPassesTheTemplates()
    {
        var (exitCode, output) = Repo.Run("bash", ["build/lint-templates.sh"]);

        exitCode.Should().Be(0, output);
        output.Should().Contain("passed cfn-lint and the spec check");
    }

    [Test]
    public void LinterRejectsTheBrokenTemplate()
    {
        var (exitCode, output) = Repo.Run("bash", ["build/lint-templates.sh", "tests/Deployment.Tests/Broken/database.yaml"]);

        exitCode.Should().NotBe(0, output);
        output.Should().Contain("CopyTagToSnapshots").And.Contain("DatabaseNmae").And.Contain("lint-templates: FAILED");
    }
}
