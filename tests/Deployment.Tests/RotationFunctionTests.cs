using CleanStudents.Deployment.Tests.Support;

namespace CleanStudents.Deployment.Tests;

/// <summary>
/// The origin-verify rotation function of edge.yaml, run for real against moto's Secrets Manager and CloudFront
/// (the image's Python 3.11 ships moto): a push CloudFront refuses never leaves it on a value the app will forget.
/// </summary>
public class RotationFunctionTests
{
    [Test]
    public void A_refused_push_leaves_cloudfront_on_a_value_the_app_keeps_and_the_retry_promotes_the_new_one()
    {
        var scratch = Directory.CreateTempSubdirectory("cleanstudents-rotation-").FullName;
        try
        {
            var code = Policy.Path(Policy.Props(CfnYaml.Load(Repo.Template("edge")), "RotationFunction"), "Code", "ZipFile") as string;
            code.Should().NotBeNullOrEmpty("the rotation function's code is inline in edge.yaml");
            var index = System.IO.Path.Combine(scratch, "index.py");
            File.WriteAllText(index, code);

            var (exitCode, output) = Repo.Run("python3", [System.IO.Path.Combine(Repo.Root, "tests", "Deployment.Tests", "Rotation", "rotation_drill.py"), index]);

            exitCode.Should().Be(0, output);
            output.Should().Contain("rotation drill: ok");
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
