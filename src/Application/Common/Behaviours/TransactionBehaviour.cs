using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;

namespace CleanStudents.Application.Common.Behaviours;

/// <summary>
/// Runs each command in one transaction that commits only when the command succeeds, and turns
/// refusals by the database (constraints, stale versions) into results instead of 500s.
/// </summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
    where TResponse : IFailable<TResponse>
{
    private static readonly bool IsCommand = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next,
        CancellationToken cancellationToken)
    {
        if (!IsCommand)
        {
            return await next();
        }

        try
        {
            return await unitOfWork.InTransactionAsync(_ => next(), response => response.Error is null, cancellationToken);
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
