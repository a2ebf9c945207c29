using CleanStudents.Application.Common.Invitations;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.Domain.Students;

namespace CleanStudents.Application.Students.Commands.CreateStudent;

internal sealed class CreateStudentCommandHandler(IApplicationDbContext db, IUserInvitations invitations, TimeProvider clock)
    : ICommandHandler<CreateStudentCommand, Versioned<StudentDto>>
{
    public async Task<Result<Versioned<StudentDto>>> Handle(CreateStudentCommand command,
        CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var student = Student.Admit(Guid.CreateVersion7(clock.GetUtcNow()), command.StudentNumber,
            command.FirstName, command.LastName, command.Email, command.DateOfBirth!.Value, command.EnrolledOn ?? today);

        db.Students.Add(student);
        // Saved first, so a duplicate email or number is refused before anyone is invited (docs/adr/0204).
        await db.SaveChangesAsync(cancellationToken);
        if (await invitations.InviteAsync(InviteeKind.Student, student.Id, student.Email, cancellationToken) is { } userId)
        {
            student.LinkUser(userId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<StudentDto>(StudentDto.From(student), student.Version);
    }
}
