using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using IHostedService = Microsoft.Extensions.Hosting.IHostedService;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Platform;

/// <summary>What the host runs while it starts: only work the API needs (ADR 0007).</summary>
public sealed class StartupWorkTests
{
    [Test]
    public void The_data_protection_key_ring_is_not_loaded_at_start_up()
    {
        var dataProtection = typeof(DataProtectionOptions).Assembly;

        var startedWithHost = Host.Services.GetServices<IHostedService>().Select(s => s.GetType()).ToList();

        startedWithHost.Should().NotBeEmpty();
        startedWithHost.Where(type => type.Assembly == dataProtection).Should().BeEmpty(
            "bearer tokens are the only credential; an XML key ring would be read (or created) on every cold start");
        Host.Services.GetService<IDataProtectionProvider>().Should().NotBeNull("Data Protection still works on first use");
    }
}
