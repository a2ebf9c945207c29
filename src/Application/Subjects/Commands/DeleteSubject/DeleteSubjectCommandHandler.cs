using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;

namespace CleanStudents.Application.Subjects.Commands.DeleteSubject;

/// <summary>A subject that classes still use is kept: the foreign key refuses, which becomes a 409.</summary>
internal sealed class DeleteSubjectCommandHandler(IApplicationDbContext db) : ICommandHandler<DeleteSubjectCommand, Unit>
{
    public async ValueTask<Result<Unit>> Handle(DeleteSubjectCommand command, CancellationToken cancellationToken) =>
        await db.DeleteAsync(db.Subjects, command.Id, command.ExpectedVersion, "Subject", cancellationToken);
}
