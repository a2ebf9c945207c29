using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Subjects.Commands.UpdateSubject;

internal sealed class UpdateSubjectCommandHandler(IApplicationDbContext db)
    : ICommandHandler<UpdateSubjectCommand, Versioned<SubjectDto>>
{
    public async Task<Result<Versioned<SubjectDto>>> Handle(UpdateSubjectCommand command,
        CancellationToken cancellationToken)
    {
        var found = await db.Subjects.FindForChangeAsync(command.Id, command.ExpectedVersion, "Subject", cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var subject = found.Value;
        subject.Update(command.Code, command.Name, command.Credits!.Value, command.Description);
        await db.SaveChangesAsync(cancellationToken);
        return VersionedEntity.Of(subject, SubjectDto.From);
    }
}
