using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Persistence;

/// <summary>
/// Readies the data layer while the host starts, so a cold start's first request does not pay for it:
/// EF Core's relational model and query pipeline are built and a pooled connection is opened, on another
/// thread, alongside Kestrel's start-up and the first token's key fetch. Nothing waits for it; a failure
/// (the database not there yet) only means the first request does this work itself.
/// </summary>
internal sealed partial class DataLayerPriming(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options,
    ILogger<DataLayerPriming> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.PrimeOnStartup)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            _ = db.Model.GetRelationalModel();
            _ = await db.Students.AsNoTracking().AnyAsync(student => student.Id == Guid.Empty, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPrimingFailed(logger, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Data layer not primed at start-up: {Reason}")]
    private static partial void LogPrimingFailed(ILogger logger, string reason);
}
