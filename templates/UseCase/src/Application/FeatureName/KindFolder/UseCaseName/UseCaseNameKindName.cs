using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.FeatureName.KindFolder.UseCaseName;

/// <summary>Say in one sentence what this use case does for whom.</summary>
[Authorize(Role.Admin)]
#if (isCommand)
public sealed record UseCaseNameKindName(Guid Id, string Note) : IKindMarker<UseCaseNameResult>;
#else
public sealed record UseCaseNameKindName(Guid Id) : IKindMarker<UseCaseNameResult>;
#endif

public sealed record UseCaseNameResult(Guid Id);
