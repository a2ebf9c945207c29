using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Application.Common.Mediator;

internal abstract class RequestDispatcher
{
    /// <summary>The one reflective step, taken once per request type.</summary>
    public static RequestDispatcher Create(Type requestType, Type responseType) =>
        (RequestDispatcher)Activator.CreateInstance(
            typeof(RequestDispatcher<,>).MakeGenericType(requestType, responseType))!;
}

internal abstract class RequestDispatcher<TResponse> : RequestDispatcher
{
    public abstract Task<TResponse> Dispatch(IRequest<TResponse> request, IServiceProvider services,
        CancellationToken cancellationToken);
}

internal sealed class RequestDispatcher<TRequest, TResponse> : RequestDispatcher<TResponse>
    where TRequest : IRequest<TResponse>
{
    public override Task<TResponse> Dispatch(IRequest<TResponse> request, IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var typedRequest = (TRequest)request;
        var handler = services.GetRequiredService<IRequestHandler<TRequest, TResponse>>();
        var behaviours = services.GetServices<IPipelineBehavior<TRequest, TResponse>>().ToArray();

        RequestHandlerDelegate<TResponse> next = () => handler.Handle(typedRequest, cancellationToken);
        for (var i = behaviours.Length - 1; i >= 0; i--)
        {
            var behaviour = behaviours[i];
            var inner = next;
            next = () => behaviour.Handle(typedRequest, inner, cancellationToken);
        }

        return next();
    }
}
