using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;

namespace CleanStudents.Application.Students.Commands.DeleteStudent;

internal sealed class DeleteStudentCommandHandler(IApplicationDbContext db) : ICommandHandler<DeleteStudentCommand, Unit>
{
    public Task<Result<Unit>> Handle(DeleteStudentCommand command, CancellationToken cancellationToken) =>
        db.DeleteAsync(db.Students, command.Id, command.ExpectedVersion, "Student", cancellationToken);
}
