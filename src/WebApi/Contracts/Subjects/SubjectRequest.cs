using CleanStudents.Application.Subjects.Commands.CreateSubject;
using CleanStudents.Application.Subjects.Commands.UpdateSubject;

namespace CleanStudents.WebApi.Contracts.Subjects;

/// <summary>A subject of the catalogue, created or replaced (the same fields and rules either way).</summary>
internal sealed record SubjectRequest(string Code, string Name, int? Credits, string? Description = null)
    : IBodyOf<CreateSubjectCommand, SubjectRequest>
{
    public static SubjectRequest Example { get; } =
        new("CS1101", "Introduction to Programming", 5, "Values, control flow, functions and tests, in C#.");

    public CreateSubjectCommand ToCreateCommand() => new(Code, Name, Credits, Description);

    public UpdateSubjectCommand ToUpdateCommand(Guid id, uint? expectedVersion) =>
        new(Code, Name, Credits, Description) { Id = id, ExpectedVersion = expectedVersion };
}
