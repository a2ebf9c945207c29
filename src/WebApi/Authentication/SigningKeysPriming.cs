using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace CleanStudents.WebApi.Authentication;

/// <summary>
/// Fetches the user pool's signing keys while the host starts, so a cold start's first request does not
/// wait on JWKS. Nothing waits for it: if the fetch fails, the first token validation fetches as before.
/// </summary>
internal sealed partial class SigningKeysPriming(IOptionsMonitor<JwtBearerOptions> jwtBearer,
    ILogger<SigningKeysPriming> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var keys = jwtBearer.Get(JwtBearerDefaults.AuthenticationScheme).ConfigurationManager;
            if (keys is not null)
            {
                await keys.GetConfigurationAsync(stoppingToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPrimingFailed(logger, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signing keys not fetched at start-up: {Reason}")]
    private static partial void LogPrimingFailed(ILogger logger, string reason);
}
