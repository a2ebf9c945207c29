using System.Reflection;
using CleanStudents.Application.Common.Metrics;
using CleanStudents.Application.Common.Results;
using Mediator;

namespace CleanStudents.Application.Common.Behaviours;

/// <summary>
/// Counts a succeeded command declared <see cref="CountsAttribute"/>. It wraps the transaction, so what it
/// counts has been committed.
/// </summary>
public sealed class MetricsBehaviour<TRequest, TResponse>(IBusinessMetrics metrics) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull, IMessage
    where TResponse : IFailable<TResponse>
{
    // Read once per request type, like the authorization declaration.
    private static readonly BusinessMetric? Metric = typeof(TRequest).GetCustomAttribute<CountsAttribute>()?.Metric;

    public async ValueTask<TResponse> Handle(TRequest request, MessageHandlerDelegate<TRequest, TResponse> next,
        CancellationToken cancellationToken)
    {
        var response = await next(request, cancellationToken);
        if (Metric is { } metric && response.Error is null)
        {
            metrics.Count(metric);
        }

        return response;
    }
}
