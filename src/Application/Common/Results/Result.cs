using System.Diagnostics.CodeAnalysis;
using CleanStudents.Domain.Common;

namespace CleanStudents.Application.Common.Results;

/// <summary>Lets pipeline behaviours short-circuit with a failure of any response type.</summary>
public interface IFailable<out TSelf>
    where TSelf : IFailable<TSelf>
{
    static abstract TSelf Failure(Error error);

    Error? Error { get; }
}

/// <summary>The outcome of a use case: a value, or an <see cref="Results.Error"/>.</summary>
public sealed class Result<T> : IFailable<Result<T>>
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    public Error? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"A failed result has no value: {Error.Detail}");

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(Error error) => new(default, error);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);

    public static implicit operator Result<T>(RuleViolation violation) => Failure(Results.Error.Of(violation));

    public Result<TOut> Map<TOut>(Func<T, TOut> map) => IsSuccess ? map(_value!) : Error;
}

/// <summary>The value of a command that returns nothing.</summary>
public readonly record struct Unit
{
    public static readonly Unit Value;
}
