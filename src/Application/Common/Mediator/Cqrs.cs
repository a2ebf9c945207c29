using CleanStudents.Application.Common.Results;

namespace CleanStudents.Application.Common.Mediator;

/// <summary>A request that changes state; it runs inside one database transaction.</summary>
public interface ICommand<T> : IRequest<Result<T>>;

/// <summary>A request that only reads; it never changes state.</summary>
public interface IQuery<T> : IRequest<Result<T>>;

public interface ICommandHandler<in TCommand, T> : IRequestHandler<TCommand, Result<T>>
    where TCommand : ICommand<T>;

public interface IQueryHandler<in TQuery, T> : IRequestHandler<TQuery, Result<T>>
    where TQuery : IQuery<T>;
