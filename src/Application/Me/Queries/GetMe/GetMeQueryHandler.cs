using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Me.Queries.GetMe;

internal sealed class GetMeQueryHandler(ICurrentUser user, ICallerLinks links) : IQueryHandler<GetMeQuery, MeDto>
{
    public async Task<Result<MeDto>> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var roles = user.Roles.Order().Select(r => r.ToString().ToLowerInvariant()).ToArray();
        return new MeDto(user.UserId!, user.Email, roles, await links.StudentIdAsync(cancellationToken),
            await links.LecturerIdAsync(cancellationToken));
    }
}
