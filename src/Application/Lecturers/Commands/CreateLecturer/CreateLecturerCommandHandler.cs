using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.Domain.Lecturers;

namespace CleanStudents.Application.Lecturers.Commands.CreateLecturer;

internal sealed class CreateLecturerCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<CreateLecturerCommand, Versioned<LecturerDto>>
{
    public Task<Result<Versioned<LecturerDto>>> Handle(CreateLecturerCommand command, CancellationToken cancellationToken) =>
        db.InsertAsync(db.Lecturers, Lecturer.Hire(Guid.CreateVersion7(clock.GetUtcNow()), command.StaffNumber,
            command.FirstName, command.LastName, command.Email, command.Department), LecturerDto.From, cancellationToken);
}
