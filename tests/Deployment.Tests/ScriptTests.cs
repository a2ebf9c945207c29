using CleanStudents.Deployment.Tests.Support;

namespace CleanStudents.Deployment.Tests;

/// <summary>The linter script and the deploy script's dry run, run for real.</summary>
public class ScriptTests
{
    private string _scratch = null!;

    [SetUp]
    public void CreateScratch() => _scratch = Directory.CreateTempSubdirectory("cleanstudents-deploy-").FullName;

    [TearDown]
    public void DeleteScratch() => Directory.Delete(_scratch, recursive: true);

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void DryRunPrintsTheStackDeploysInOrderAndCallsNoAws()
    {
        // Stand-ins that record any call: the dry run must reach neither AWS nor the internet.
        var bin = Directory.CreateDirectory(System.IO.Path.Combine(_scratch, "bin")).FullName;
        var calls = System.IO.Path.Combine(_scratch, "calls.log");
        foreach (var tool in new[] { "aws", "curl" })
        {
            var path = System.IO.Path.Combine(bin, tool);
            File.WriteAllText(path, $"#!/usr/bin/env bash\necho \"{tool} $*\" >> '{calls}'\nexit 97\n");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var artifact = System.IO.Path.Combine(_scratch, "cleanstudents-lambda.zip");
        File.WriteAllBytes(artifact, [0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

        var console = Directory.CreateDirectory(System.IO.Path.Combine(_scratch, "console", "assets")).Parent!.FullName;
        File.WriteAllText(System.IO.Path.Combine(console, "index.html"), "<!doctype html>");
        File.WriteAllText(System.IO.Path.Combine(console, "assets", "index-abc123.js"), "");

        var (exitCode, output) = Repo.Run("bash", ["build/deploy.sh", "dev", "--dry-run", "--region", "eu-west-1", "--artifact", artifact, "--console", console],
            new Dictionary<string, string> { ["PATH"] = $"{bin}:/usr/local/bin:/usr/bin:/bin" });

        exitCode.Should().Be(0, output);
        File.Exists(calls).Should().BeFalse("a dry run makes no AWS or network call, but made: " + (File.Exists(calls) ? File.ReadAllText(calls) : string.Empty));

        var lines = output.Split('\n');
        var deployed = lines
            .Where(l => l.StartsWith("+ aws ", StringComparison.Ordinal) && l.Contains(" cloudformation deploy ", StringComparison.Ordinal))
            .Select(l => l.Split(' ').SkipWhile(w => w != "--stack-name").Skip(1).First())
            .ToList();
        deployed.Should().Equal(Repo.Stacks.Select(s => $"cleanstudents-dev-{s}"));

        lines.Should().Contain(l => l.StartsWith("+ aws ", StringComparison.Ordinal) && l.Contains(" s3 cp ", StringComparison.Ordinal) && l.Contains(".zip", StringComparison.Ordinal));
        var invoke = Array.FindIndex(lines, l => l.Contains(" lambda invoke ", StringComparison.Ordinal) && l.Contains("migrate", StringComparison.Ordinal));
        static bool IsApiDeploy(string l) => l.Contains(" cloudformation deploy --stack-name cleanstudents-dev-api ", StringComparison.Ordinal);
        var apiDeploy = Array.FindIndex(lines, IsApiDeploy);
        invoke.Should().BeGreaterThan(apiDeploy, "migrations run after the function is deployed");
        lines.Single(IsApiDeploy)
            .Should().Contain("ArtifactKey=lambda/cleanstudents-lambda-").And.Contain("JwksJson=").And.Contain("DatabaseMaxPoolSize=3");
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
