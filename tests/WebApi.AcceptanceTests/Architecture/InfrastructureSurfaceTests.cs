using System.Reflection;
using System.Runtime.CompilerServices;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.UnitTests.Architecture;
using CleanStudents.Infrastructure;

namespace CleanStudents.WebApi.AcceptanceTests.Architecture;

/// <summary>The host uses Infrastructure's public surface only: its internals stay free to change.</summary>
public sealed class InfrastructureSurfaceTests
{
    private static readonly Assembly Infrastructure = typeof(EntryPoints).Assembly;

    [Test]
    public void Infrastructure_opens_its_internals_to_no_host() =>
        Infrastructure.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName)
            .Should().NotContain("CleanStudents.WebApi");

    [Test]
    public void Every_infrastructure_type_the_web_api_uses_is_public()
    {
        var used = ReferencedTypes.Of(typeof(Program).Assembly).Types
            .Where(t => t.StartsWith("CleanStudents.Infrastructure.", StringComparison.Ordinal)).ToList();

        var hidden = used.Where(t => Infrastructure.GetType(t, false) is not { IsVisible: true });

        used.Should().NotBeEmpty("the host registers and calls Infrastructure");
        hidden.Should().BeEmpty();
    }

    [Test]
    public void The_caller_is_read_from_the_token_claims_by_the_web_api()
    {
        static bool IsCurrentUser(Type t) => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(ICurrentUser));

        Infrastructure.GetTypes().Where(IsCurrentUser).Should().BeEmpty("claims are HTTP's, so the WebApi parses them");
        typeof(Program).Assembly.GetTypes().Where(IsCurrentUser).Should().ContainSingle();
    }
}
