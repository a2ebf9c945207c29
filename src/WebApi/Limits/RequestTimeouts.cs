using CleanStudents.WebApi.Errors;
using Microsoft.AspNetCore.Http.Timeouts;

namespace CleanStudents.WebApi.Limits;

/// <summary>
/// Every request gets <c>RequestTimeouts:Default</c> (29 s) before it is cancelled and answered
/// 504: below API Gateway's 30 s integration limit the client gets a problem, not a gateway error.
/// </summary>
internal static class RequestTimeouts
{
    public const string Section = "RequestTimeouts:Default";

    public static IServiceCollection AddApiRequestTimeouts(this IServiceCollection services, IConfiguration configuration)
    {
        var timeout = configuration.GetValue(Section, TimeSpan.FromSeconds(29));
        services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = timeout,
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            WriteTimeoutResponse = context => ProblemResponses.WriteAsync(context, StatusCodes.Status504GatewayTimeout,
                "Request timed out", $"The request took longer than {timeout.TotalSeconds:0.###} s and was cancelled."),
        });
        return services;
    }
}
