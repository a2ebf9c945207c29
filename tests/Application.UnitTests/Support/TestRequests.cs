using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Metrics;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Common.Versioning;
using FluentValidation;

namespace CleanStudents.Application.UnitTests.Support;

[Authorize(Role.Admin)]
[Counts(BusinessMetric.StudentsCreated)]
public sealed record RenameCommand(string Name) : ICommand<string>;

internal sealed class RenameCommandValidator : AbstractValidator<RenameCommand>
{
    public RenameCommandValidator() => RuleFor(c => c.Name).NotEmpty();
}

internal sealed class RenameCommandHandler(List<string> journal) : ICommandHandler<RenameCommand, string>
{
    public ValueTask<Result<string>> Handle(RenameCommand command, CancellationToken cancellationToken)
    {
        journal.Add("handler");
        return command.Name switch
        {
            "taken" => throw new ConstraintViolationException("That name is taken.", new InvalidOperationException()),
            "boom" => throw new InvalidOperationException("boom"),
            "refuse" => ValueTask.FromResult<Result<string>>(Error.Conflict("refused")),
            _ => ValueTask.FromResult<Result<string>>(command.Name),
        };
    }
}

/// <summary>A change whose save loses the race with another writer the first <paramref name="LosingRaces"/> times.</summary>
[Authorize(Role.Admin)]
public sealed record RetouchCommand(int LosingRaces, uint? ExpectedVersion = null) : ICommand<string>, IConditionalChange;

internal sealed class RetouchCommandHandler(List<string> journal) : ICommandHandler<RetouchCommand, string>
{
    public ValueTask<Result<string>> Handle(RetouchCommand command, CancellationToken cancellationToken)
    {
        journal.Add("handler");
        return journal.Count(entry => entry == "handler") <= command.LosingRaces
            ? throw new ConcurrencyConflictException("student", new InvalidOperationException("0 rows affected"))
            : ValueTask.FromResult<Result<string>>("retouched");
    }
}

/// <summary>A read that a class's lecturer and its enrolled students may send.</summary>
[Authorize(Role.Admin, Owner = Owner.ClassMember)]
public sealed record PeekClassQuery(Guid ClassId) : IQuery<string>, IClassScoped;

internal sealed class PeekClassQueryHandler(List<string> journal) : IQueryHandler<PeekClassQuery, string>
{
    public ValueTask<Result<string>> Handle(PeekClassQuery query, CancellationToken cancellationToken)
    {
        journal.Add("handler");
        return ValueTask.FromResult<Result<string>>("peeked");
    }
}

[Authorize(Role.Admin, Role.Lecturer, Owner = Owner.Student)]
public sealed record PeekQuery(Guid StudentId) : IQuery<string>, IStudentScoped;

internal sealed class PeekQueryHandler(List<string> journal) : IQueryHandler<PeekQuery, string>
{
    public ValueTask<Result<string>> Handle(PeekQuery query, CancellationToken cancellationToken)
    {
        journal.Add("handler");
        return ValueTask.FromResult<Result<string>>("peeked");
    }
}

/// <summary>The shape the pipeline cannot guard: a message that answers with no Result.</summary>
[Authorize(Role.Admin)]
public sealed record UnguardedPing : global::Mediator.IRequest<int>;

internal sealed class UnguardedPingHandler : global::Mediator.IRequestHandler<UnguardedPing, int>
{
    public ValueTask<int> Handle(UnguardedPing request, CancellationToken cancellationToken) => ValueTask.FromResult(1);
}
