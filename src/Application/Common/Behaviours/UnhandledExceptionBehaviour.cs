using Mediator;
using Microsoft.Extensions.Logging;

namespace CleanStudents.Application.Common.Behaviours;

/// <summary>Outermost step: logs any exception a use case throws, with the use case's name, and rethrows.</summary>
public sealed class UnhandledExceptionBehaviour<TRequest, TResponse>(ILogger<TRequest> logger)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TRequest request, MessageHandlerDelegate<TRequest, TResponse> next,
        CancellationToken cancellationToken)
    {
        try
        {
            return await next(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Use case {UseCase} failed", typeof(TRequest).Name);
            throw;
        }
    }
}
