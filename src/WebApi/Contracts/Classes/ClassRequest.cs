using CleanStudents.Application.Classes.Commands.CreateClass;
using CleanStudents.Application.Classes.Commands.UpdateClass;

namespace CleanStudents.WebApi.Contracts.Classes;

/// <summary>A class (a subject offered in a term), created or replaced (the same fields and rules either way).</summary>
/// <param name="LecturerId">Nobody teaches it yet when absent.</param>
internal sealed record ClassRequest(string Code, Guid SubjectId, string Term, int Capacity, Guid? LecturerId = null,
    string? Schedule = null, string? Room = null) : IBodyOf<CreateClassCommand>
{
    public CreateClassCommand ToCreateCommand() => new(Code, SubjectId, LecturerId, Term, Capacity, Schedule, Room);

    public UpdateClassCommand ToUpdateCommand(Guid id, uint? expectedVersion) =>
        new(Code, SubjectId, LecturerId, Term, Capacity, Schedule, Room) { Id = id, ExpectedVersion = expectedVersion };
}
