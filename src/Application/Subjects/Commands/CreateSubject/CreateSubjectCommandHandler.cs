using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.Domain.Subjects;

namespace CleanStudents.Application.Subjects.Commands.CreateSubject;

internal sealed class CreateSubjectCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<CreateSubjectCommand, Versioned<SubjectDto>>
{
    public async ValueTask<Result<Versioned<SubjectDto>>> Handle(CreateSubjectCommand command, CancellationToken cancellationToken) =>
        await db.InsertAsync(db.Subjects, Subject.Define(Guid.CreateVersion7(clock.GetUtcNow()), command.Code, command.Name,
            command.Credits, command.Description), SubjectDto.From, cancellationToken);
}
