using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Subjects.Commands.UpdateSubject;

internal sealed class UpdateSubjectCommandHandler(IApplicationDbContext db)
    : ICommandHandler<UpdateSubjectCommand, Versioned<SubjectDto>>
{
    public async ValueTask<Result<Versioned<SubjectDto>>> Handle(UpdateSubjectCommand command, CancellationToken cancellationToken) =>
        await db.ChangeAsync(db.Subjects, command.Id, command.ExpectedVersion, "Subject",
            subject => subject.Update(command.Code, command.Name, command.Credits, command.Description),
            SubjectDto.From, cancellationToken);
}
