using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.Domain.Classes;

namespace CleanStudents.Application.Classes.Commands.CreateClass;

internal sealed class CreateClassCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<CreateClassCommand, Versioned<ClassDto>>
{
    public async ValueTask<Result<Versioned<ClassDto>>> Handle(CreateClassCommand command, CancellationToken cancellationToken)
    {
        if (await db.FindUnknownAsync(command, cancellationToken) is { } unknown)
        {
            return unknown;
        }

        var offered = Class.Offer(Guid.CreateVersion7(clock.GetUtcNow()), command.Code, command.SubjectId,
            command.LecturerId, command.Term, command.Capacity, command.Schedule, command.Room);
        if (!offered.Succeeded)
        {
            return offered.Violation;
        }

        db.Classes.Add(offered.Value);
        await db.SaveChangesAsync(cancellationToken);
        return (await db.FindDtoAsync(offered.Value.Id, cancellationToken))!;
    }
}
