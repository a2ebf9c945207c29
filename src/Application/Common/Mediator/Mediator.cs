using System.Collections.Concurrent;

namespace CleanStudents.Application.Common.Mediator;

/// <summary>
/// Dispatches a request through the registered pipeline behaviours to its handler.
/// The generic dispatcher for each request type is built once and cached, so a call costs a
/// dictionary lookup and virtual calls, never reflection.
/// </summary>
public sealed class Mediator(IServiceProvider services) : ISender
{
    private static readonly ConcurrentDictionary<Type, RequestDispatcher> Dispatchers = new();

    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var dispatcher = (RequestDispatcher<TResponse>)Dispatchers.GetOrAdd(request.GetType(),
            static (requestType, responseType) => RequestDispatcher.Create(requestType, responseType), typeof(TResponse));
        return dispatcher.Dispatch(request, services, cancellationToken);
    }
}
