using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Students.Commands.UpdateStudent;

internal sealed class UpdateStudentCommandHandler(IApplicationDbContext db)
    : ICommandHandler<UpdateStudentCommand, Versioned<StudentDto>>
{
    public async Task<Result<Versioned<StudentDto>>> Handle(UpdateStudentCommand command,
        CancellationToken cancellationToken)
    {
        var found = await db.Students.FindForChangeAsync(command.Id, command.ExpectedVersion, "Student", cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var student = found.Value;
        student.Update(command.StudentNumber, command.FirstName, command.LastName, command.Email,
            command.DateOfBirth!.Value, command.EnrolledOn ?? student.EnrolledOn, command.Status!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return VersionedEntity.Of(student, StudentDto.From);
    }
}
