namespace CleanStudents.Tools.UnitTests;

/// <summary>The committed profile that orders the Lambda artifact's composite image (ADR 0019).</summary>
public class LambdaProfileTests
{
    private static readonly string Profile = Path.Combine(RepositoryRoot(), "src", "WebApi", "Properties", "PublishProfiles", "Lambda.mibc");

    [Test]
    public void NamesTheRequestPathsOfOurAssembliesAndTheFrameworks()
    {
        using var file = new MibcFile(Profile);
        var groups = file.Groups();

        groups.Select(g => g.Group).Should().Contain(["CleanStudents.WebApi", "CleanStudents.Application", "CleanStudents.Infrastructure",
            "System.Private.CoreLib", "Microsoft.AspNetCore.Server.Kestrel.Core", "Microsoft.EntityFrameworkCore", "Npgsql"]);
        groups.Sum(g => g.Methods.Count).Should().BeGreaterThan(10_000);
        groups.Single(g => g.Group == "CleanStudents.Application").Methods.Select(m => file.Describe(m.Method))
            .Should().Contain(("CleanStudents.Application.Students.Queries.ListStudents.ListStudentsQueryHandler", "Handle"));
    }

    [Test]
    public void WeighsEachMethodAboveZeroAndTheFirstUsedHighest()
    {
        using var file = new MibcFile(Profile);

        foreach (var (group, methods) in file.Groups())
        {
            methods.Should().OnlyContain(m => m.Weight > 0, group);
            methods.Select(m => m.Weight).Should().BeInDescendingOrder(group);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CleanStudents.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CleanStudents.sln not found above " + AppContext.BaseDirectory);
    }
}
