using System.Xml.Linq;
using CleanStudents.Domain.Common;

namespace CleanStudents.Application.UnitTests.Architecture;

/// <summary>Domain ← Application ← Infrastructure ← WebApi: a reference pointing the other way fails here.</summary>
public sealed class DependencyRuleTests
{
    private static readonly string[] Layers = ["Domain", "Application", "Infrastructure", "WebApi"];

    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Domain"] = [],
        ["Application"] = ["Domain"],
        ["Infrastructure"] = ["Application"],
        ["WebApi"] = ["Application", "Infrastructure"],
    };

    [TestCaseSource(nameof(Layers))]
    public void A_layer_references_only_the_layers_beneath_it(string layer)
    {
        var references = ProjectReferences(layer);

        references.Should().BeSubsetOf(Allowed[layer], $"{layer} may only depend on layers closer to the domain");
    }

    [TestCase("Domain", "PackageReference")]
    [TestCase("Domain", "FrameworkReference")]
    [TestCase("Application", "FrameworkReference")]
    public void Inner_layers_stay_free_of_frameworks(string layer, string kind) =>
        Project(layer).Descendants(kind).Should().BeEmpty();

    [Test]
    public void The_compiled_domain_references_no_other_layer() =>
        typeof(Entity).Assembly.GetReferencedAssemblies().Select(a => a.Name)
            .Should().NotContain(name => name!.StartsWith("CleanStudents.", StringComparison.Ordinal));

    [Test]
    public void The_compiled_application_references_only_the_domain() =>
        typeof(DependencyInjection).Assembly.GetReferencedAssemblies().Select(a => a.Name)
            .Where(name => name!.StartsWith("CleanStudents.", StringComparison.Ordinal))
            .Should().Equal("CleanStudents.Domain");

    [Test]
    public void The_application_knows_no_database_driver_or_web_framework() =>
        typeof(DependencyInjection).Assembly.GetReferencedAssemblies().Select(a => a.Name)
            .Should().NotContain(name => name!.StartsWith("Npgsql", StringComparison.Ordinal)
                                         || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));

    [TestCase("System.Text.Json")]
    [TestCase("Microsoft.AspNetCore.Http")]
    [TestCase("Microsoft.AspNetCore.Http.Abstractions")]
    public void The_application_speaks_neither_json_nor_http(string wireAssembly) =>
        typeof(DependencyInjection).Assembly.GetReferencedAssemblies().Select(a => a.Name)
            .Should().NotContain(wireAssembly, "field names, JSON and HTTP are the WebApi's business");

    private static IEnumerable<string> ProjectReferences(string layer) => Project(layer).Descendants("ProjectReference")
        .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')));

    private static XDocument Project(string layer) => XDocument.Load(Path.Combine(RepositoryRoot(), "src", layer, $"{layer}.csproj"));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CleanStudents.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CleanStudents.sln not found above the test binaries.");
    }
}
