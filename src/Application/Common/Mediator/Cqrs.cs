using CleanStudents.Application.Common.Results;

namespace CleanStudents.Application.Common.Mediator;

/// <summary>
/// A use case that answers with a <see cref="Result{T}"/>. Every behaviour of the pipeline needs that answer, so a
/// message of any other shape would silently go without authorization, validation and transaction
/// (PipelineCoverageTests fails for one).
/// </summary>
public interface IUseCase<T> : global::Mediator.IMessage;

/// <summary>A request that changes state; it runs inside one database transaction.</summary>
public interface ICommand<T> : IUseCase<T>, global::Mediator.ICommand<Result<T>>;

/// <summary>A request that only reads; it never changes state.</summary>
public interface IQuery<T> : IUseCase<T>, global::Mediator.IQuery<Result<T>>;

public interface ICommandHandler<in TCommand, T> : global::Mediator.ICommandHandler<TCommand, Result<T>>
    where TCommand : ICommand<T>;

public interface IQueryHandler<in TQuery, T> : global::Mediator.IQueryHandler<TQuery, Result<T>>
    where TQuery : IQuery<T>;

/// <summary>Neither a command nor a query: a use case that saves its own changes (a queued message's consumer).</summary>
public interface IRequest<T> : IUseCase<T>, global::Mediator.IRequest<Result<T>>;

public interface IRequestHandler<in TRequest, T> : global::Mediator.IRequestHandler<TRequest, Result<T>>
    where TRequest : IRequest<T>;
