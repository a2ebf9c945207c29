using CleanStudents.Application.Common.Invitations;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.Domain.Students;

namespace CleanStudents.Application.Students.Commands.CreateStudent;

internal sealed class CreateStudentCommandHandler(IApplicationDbContext db, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<CreateStudentCommand, Versioned<StudentDto>>
{
    public async ValueTask<Result<Versioned<StudentDto>>> Handle(CreateStudentCommand command, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var student = Student.Admit(Guid.CreateVersion7(clock.GetUtcNow()), command.StudentNumber,
            command.FirstName, command.LastName, command.Email, command.DateOfBirth, command.EnrolledOn ?? today);
        return await db.InsertAndInviteAsync(db.Students, student, outbox, InviteeKind.Student, StudentDto.From,
            cancellationToken);
    }
}
