using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Results;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Infrastructure.IntegrationTests.Support;

/// <summary>
/// The application on its own migrated database, signed in as an admin, recording the SQL it
/// sends; each request runs in its own DI scope, as one HTTP request would.
/// </summary>
internal sealed class MigratedApp : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private MigratedApp(MigratedDatabase database)
    {
        Database = database;
        _services = database.BuildApp(SignedIn.Admin, Recorder);
    }

    public MigratedDatabase Database { get; }

    public CommandRecorder Recorder { get; } = new();

    public static async Task<MigratedApp> CreateAsync(string prefix) => new(await MigratedDatabase.CreateAsync(prefix));

    public async Task<Result<T>> SendAsync<T>(IUseCase<T> request)
    {
        await using var scope = _services.CreateAsyncScope();
        // The generated mediator dispatches an untyped message with a type switch, no reflection.
        return (Result<T>)(await scope.ServiceProvider.GetRequiredService<ISender>().Send(request, CancellationToken.None))!;
    }

    /// <summary>Sends a request that must succeed, and returns its value with the SQL commands it sent.</summary>
    public async Task<(T Value, IReadOnlyList<Npgsql.NpgsqlCommand> Commands)> SendRecordingAsync<T>(IUseCase<T> request)
    {
        Recorder.Clear();
        var result = await SendAsync(request);
        result.IsSuccess.Should().BeTrue(result.Error?.Detail);
        return (result.Value, Recorder.Commands);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
