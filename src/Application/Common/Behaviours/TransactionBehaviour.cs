using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using Mediator;

namespace CleanStudents.Application.Common.Behaviours;

/// <summary>
/// Runs each command in one transaction that commits only when the command succeeds, and turns
/// refusals by the database (constraints, stale versions) into results instead of 500s.
/// </summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull, IMessage
    where TResponse : IFailable<TResponse>
{
    private static readonly bool IsCommand = typeof(TRequest).IsAssignableTo(typeof(IBaseCommand));

    public async ValueTask<TResponse> Handle(TRequest request, MessageHandlerDelegate<TRequest, TResponse> next,
        CancellationToken cancellationToken)
    {
        if (!IsCommand)
        {
            return await next(request, cancellationToken);
        }

        try
        {
            return await unitOfWork.InTransactionAsync(token => next(request, token).AsTask(), response => response.Error is null, cancellationToken);
        }
        catch (ConstraintViolationException ex)
        {
            return TResponse.Failure(Error.Conflict(ex.Message));
        }
        catch (ConcurrencyConflictException ex)
        {
            return TResponse.Failure(Error.PreconditionFailed(ex.Resource));
        }
    }
}
