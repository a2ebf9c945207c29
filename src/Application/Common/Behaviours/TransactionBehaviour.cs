using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using Mediator;

namespace CleanStudents.Application.Common.Behaviours;

/// <summary>
/// Runs each command in one transaction that commits only when the command succeeds, and turns
/// refusals by the database (constraints, stale versions) into results instead of 500s.
/// A change the client made unconditional (no <c>If-Match</c>) that loses a race with another writer
/// (the invitation consumer linking a student it just read, say) is run again on fresh data:
/// the client asked for the last write to win, not for a 412.
/// </summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull, IMessage
    where TResponse : IFailable<TResponse>
{
    /// <summary>Attempts of an unconditional change that keeps losing races before it answers 412 after all.</summary>
    internal const int UnconditionalAttempts = 3;

    private static readonly bool IsCommand = typeof(TRequest).IsAssignableTo(typeof(IBaseCommand));

    public async ValueTask<TResponse> Handle(TRequest request, MessageHandlerDelegate<TRequest, TResponse> next,
        CancellationToken cancellationToken)
    {
        if (!IsCommand)
        {
            return await next(request, cancellationToken);
        }

        var attempts = request is IConditionalChange { ExpectedVersion: null } ? UnconditionalAttempts : 1;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await unitOfWork.InTransactionAsync(token => next(request, token).AsTask(), response => response.Error is null, cancellationToken);
            }
            catch (ConstraintViolationException ex)
            {
                return TResponse.Failure(Error.Conflict(ex.Message));
            }
            catch (ConcurrencyConflictException) when (attempt < attempts)
            {
                // The unit of work rolled back and cleared what it had read: the next attempt reads afresh.
            }
            catch (ConcurrencyConflictException ex)
            {
                return TResponse.Failure(Error.PreconditionFailed(ex.Resource));
            }
        }
    }
}
