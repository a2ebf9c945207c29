using CleanStudents.Application.FeatureName.KindFolder.UseCaseName;

namespace CleanStudents.WebApi.Contracts.FeatureName;

/// <summary>What the route reads besides the id in its path.</summary>
/// <param name="Note">Say what the field is for; its rules come from the command's validator.</param>
internal sealed record UseCaseNameRequest(string Note) : IBodyOf<UseCaseNameKindName, UseCaseNameRequest>
{
    public static UseCaseNameRequest Example { get; } = new("A value the API accepts.");

    public UseCaseNameKindName ToCommand(Guid id) => new(id, Note);
}
