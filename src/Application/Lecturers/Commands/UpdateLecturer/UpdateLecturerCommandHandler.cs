using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Lecturers.Commands.UpdateLecturer;

internal sealed class UpdateLecturerCommandHandler(IApplicationDbContext db)
    : ICommandHandler<UpdateLecturerCommand, Versioned<LecturerDto>>
{
    public async ValueTask<Result<Versioned<LecturerDto>>> Handle(UpdateLecturerCommand command, CancellationToken cancellationToken) =>
        await db.ChangeAsync(db.Lecturers, command.Id, command.ExpectedVersion, "Lecturer",
            lecturer => lecturer.Update(command.StaffNumber, command.FirstName, command.LastName, command.Email,
                command.Department),
            LecturerDto.From, cancellationToken);
}
