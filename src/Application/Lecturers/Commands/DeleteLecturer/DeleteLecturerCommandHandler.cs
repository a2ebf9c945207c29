using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;

namespace CleanStudents.Application.Lecturers.Commands.DeleteLecturer;

/// <summary>A lecturer still assigned to classes is kept: the foreign key refuses, which becomes a 409.</summary>
internal sealed class DeleteLecturerCommandHandler(IApplicationDbContext db) : ICommandHandler<DeleteLecturerCommand, Unit>
{
    public async ValueTask<Result<Unit>> Handle(DeleteLecturerCommand command, CancellationToken cancellationToken) =>
        await db.DeleteAsync(db.Lecturers, command.Id, command.ExpectedVersion, "Lecturer", cancellationToken);
}
