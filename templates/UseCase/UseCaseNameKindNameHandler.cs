using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;

namespace CleanStudents.Application.FeatureName.KindFolder.UseCaseName;

internal sealed class UseCaseNameKindNameHandler(IApplicationDbContext db)
    : IKindMarkerHandler<UseCaseNameKindName, UseCaseNameResult>
{
    public async ValueTask<Result<UseCaseNameResult>> Handle(UseCaseNameKindName request, CancellationToken cancellationToken)
    {
        var exists = await db.Students.FindAsync([request.Id], cancellationToken) is not null;
        return exists ? new UseCaseNameResult(request.Id) : Error.NotFound("Student", request.Id);
    }
}
