using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;

namespace CleanStudents.Application.Students.Commands.DeleteStudent;

internal sealed class DeleteStudentCommandHandler(IApplicationDbContext db) : ICommandHandler<DeleteStudentCommand, Unit>
{
    public async Task<Result<Unit>> Handle(DeleteStudentCommand command, CancellationToken cancellationToken)
    {
        var found = await db.Students.FindForChangeAsync(command.Id, command.ExpectedVersion, "Student", cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        db.Students.Remove(found.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
