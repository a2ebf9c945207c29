namespace CleanStudents.Application.Common.Mediator;

/// <summary>A message with one handler that answers with <typeparamref name="TResponse"/>.</summary>
/// <remarks>Shaped like MediatR's <c>IRequest&lt;T&gt;</c> so a move to MediatR is a change of usings.</remarks>
public interface IRequest<out TResponse>;
