using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Me.Queries.GetMe;

internal sealed class GetMeQueryHandler(ICurrentUser user, ICallerLinks links, IApplicationDbContext db)
    : IQueryHandler<GetMeQuery, MeDto>
{
    public async ValueTask<Result<MeDto>> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var roles = user.Roles.Order().Select(r => r.ToString().ToLowerInvariant()).ToArray();
        var studentId = await links.StudentIdAsync(cancellationToken);
        var lecturerId = await links.LecturerIdAsync(cancellationToken);
        return new MeDto(user.UserId!, user.Email ?? await LinkedEmailAsync(studentId, lecturerId, cancellationToken),
            roles, studentId, lecturerId);
    }

    /// <summary>Cognito access tokens carry no email; the linked record knows it.</summary>
    private async Task<string?> LinkedEmailAsync(Guid? studentId, Guid? lecturerId, CancellationToken cancellationToken)
    {
        if (studentId is { } sid)
        {
            return await db.Students.Where(s => s.Id == sid).Select(s => s.Email).FirstOrDefaultAsync(cancellationToken);
        }

        return lecturerId is { } lid
            ? await db.Lecturers.Where(l => l.Id == lid).Select(l => l.Email).FirstOrDefaultAsync(cancellationToken)
            : null;
    }
}
