using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Students.Commands.UpdateStudent;

internal sealed class UpdateStudentCommandHandler(IApplicationDbContext db)
    : ICommandHandler<UpdateStudentCommand, Versioned<StudentDto>>
{
    public async ValueTask<Result<Versioned<StudentDto>>> Handle(UpdateStudentCommand command, CancellationToken cancellationToken) =>
        await db.ChangeAsync(db.Students, command.Id, command.ExpectedVersion, "Student",
            student => student.Update(command.StudentNumber, command.FirstName, command.LastName, command.Email,
                command.DateOfBirth, command.EnrolledOn, command.Status),
            StudentDto.From, cancellationToken);
}
