using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Metrics;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;
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
    public Task<Result<string>> Handle(RenameCommand command, CancellationToken cancellationToken)
    {
        journal.Add("handler");
        return command.Name switch
        {
            "taken" => throw new ConstraintViolationException("That name is taken.", new InvalidOperationException()),
            "boom" => throw new InvalidOperationException("boom"),
            "refuse" => Task.FromResult<Result<string>>(Error.Conflict("refused")),
            _ => Task.FromResult<Result<string>>(command.Name),
        };
    }
}

[Authorize(Role.Admin, Role.Lecturer, Owner = Owner.Student)]
public sealed record PeekQuery(Guid StudentId) : IQuery<string>, IStudentScoped;

internal sealed class PeekQueryHandler(List<string> journal) : IQueryHandler<PeekQuery, string>
{
    public Task<Result<string>> Handle(PeekQuery query, CancellationToken cancellationToken)
    {
        journal.Add("handler");
        return Task.FromResult<Result<string>>("peeked");
    }
}
