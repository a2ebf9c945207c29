namespace CleanStudents.Application.Common.Mediator;

/// <summary>Calls the next step of the pipeline: another behaviour, or the handler.</summary>
public delegate Task<TResponse> RequestHandlerDelegate<TResponse>();

/// <summary>A step wrapped around every handler; steps run in the order they are registered.</summary>
public interface IPipelineBehavior<in TRequest, TResponse>
    where TRequest : notnull
{
    Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next,
        CancellationToken cancellationToken);
}
