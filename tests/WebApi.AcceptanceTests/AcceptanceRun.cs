using CleanStudents.WebApi.AcceptanceTests.Support;

namespace CleanStudents.WebApi.AcceptanceTests;

/// <summary>Starts the API once for every test in this assembly (the fixture's namespace is the root).</summary>
[SetUpFixture]
public sealed class AcceptanceRun
{
    [OneTimeSetUp]
    public Task StartAsync() => Api.StartAsync();

    [OneTimeTearDown]
    public Task StopAsync() => Api.StopAsync();
}
