namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>A signed-in user of the test run and what they are linked to.</summary>
internal sealed record Persona(string Name, string Email, string Sub, string AccessToken)
{
    public Guid? StudentId { get; init; }

    public Guid? LecturerId { get; init; }

    public override string ToString() => Name;
}
