using CleanStudents.Application.Common.Invitations;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.Domain.Lecturers;

namespace CleanStudents.Application.Lecturers.Commands.CreateLecturer;

internal sealed class CreateLecturerCommandHandler(IApplicationDbContext db, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<CreateLecturerCommand, Versioned<LecturerDto>>
{
    public async ValueTask<Result<Versioned<LecturerDto>>> Handle(CreateLecturerCommand command, CancellationToken cancellationToken)
    {
        var lecturer = Lecturer.Hire(Guid.CreateVersion7(clock.GetUtcNow()), command.StaffNumber, command.FirstName,
            command.LastName, command.Email, command.Department);
        return await db.InsertAndInviteAsync(db.Lecturers, lecturer, outbox, InviteeKind.Lecturer, LecturerDto.From,
            cancellationToken);
    }
}
