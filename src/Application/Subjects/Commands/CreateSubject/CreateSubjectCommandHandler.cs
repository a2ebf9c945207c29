using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.Domain.Subjects;

namespace CleanStudents.Application.Subjects.Commands.CreateSubject;

internal sealed class CreateSubjectCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<CreateSubjectCommand, Versioned<SubjectDto>>
{
    public async Task<Result<Versioned<SubjectDto>>> Handle(CreateSubjectCommand command,
        CancellationToken cancellationToken)
    {
        var subject = Subject.Define(Guid.CreateVersion7(clock.GetUtcNow()), command.Code, command.Name,
            command.Credits!.Value, command.Description);

        db.Subjects.Add(subject);
        await db.SaveChangesAsync(cancellationToken);
        return VersionedEntity.Of(subject, SubjectDto.From);
    }
}
