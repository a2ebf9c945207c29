using CleanStudents.Application.Classes.Commands.CreateClass;
using CleanStudents.Application.Classes.Commands.UpdateClass;

namespace CleanStudents.WebApi.Contracts.Classes;

/// <summary>A class (a subject offered in a term), created or replaced (the same fields and rules either way).</summary>
/// <param name="LecturerId">Nobody teaches it yet when absent.</param>
internal sealed record ClassRequest(string Code, Guid SubjectId, string Term, int Capacity, Guid? LecturerId = null,
    string? Schedule = null, string? Room = null) : IBodyOf<CreateClassCommand, ClassRequest>
{
    /// <remarks>The subject's id is a placeholder: use one that <c>POST /api/subjects</c> returned.</remarks>
    public static ClassRequest Example { get; } =
        new("CS1101-2026S1", new Guid("0198c2a4-7b1e-7c3d-9f00-00000000c501"), "2026-S1", 40, Schedule: "Mon 09:00-11:00", Room: "B-204");

    public CreateClassCommand ToCreateCommand() => new(Code, SubjectId, LecturerId, Term, Capacity, Schedule, Room);

    public UpdateClassCommand ToUpdateCommand(Guid id, uint? expectedVersion) =>
        new(Code, SubjectId, LecturerId, Term, Capacity, Schedule, Room) { Id = id, ExpectedVersion = expectedVersion };
}
