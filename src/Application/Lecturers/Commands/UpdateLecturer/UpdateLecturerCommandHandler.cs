using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Lecturers.Commands.UpdateLecturer;

internal sealed class UpdateLecturerCommandHandler(IApplicationDbContext db)
    : ICommandHandler<UpdateLecturerCommand, Versioned<LecturerDto>>
{
    public async Task<Result<Versioned<LecturerDto>>> Handle(UpdateLecturerCommand command,
        CancellationToken cancellationToken)
    {
        var found = await db.Lecturers.FindForChangeAsync(command.Id, command.ExpectedVersion, "Lecturer", cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var lecturer = found.Value;
        lecturer.Update(command.StaffNumber, command.FirstName, command.LastName, command.Email, command.Department);
        await db.SaveChangesAsync(cancellationToken);
        return VersionedEntity.Of(lecturer, LecturerDto.From);
    }
}
