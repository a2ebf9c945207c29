using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.FeatureName.KindFolder.UseCaseName;

/// <summary>Say in one sentence what this use case does for whom.</summary>
[Authorize(Role.Admin)]
public sealed record UseCaseNameKindName(Guid Id) : IKindMarker<UseCaseNameResult>;

public sealed record UseCaseNameResult(Guid Id);
