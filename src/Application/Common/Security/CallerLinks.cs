using CleanStudents.Application.Common.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Common.Security;

/// <summary>
/// The records the signed-in user is linked to, looked up once per request and reused by
/// authorization and by use cases that act on "my" data.
/// </summary>
public interface ICallerLinks
{
    Task<Guid?> StudentIdAsync(CancellationToken cancellationToken);
}

internal sealed class CallerLinks(ICurrentUser user, IApplicationDbContext db) : ICallerLinks
{
    private Guid? _studentId;
    private bool _studentLoaded;

    public async Task<Guid?> StudentIdAsync(CancellationToken cancellationToken)
    {
        if (!_studentLoaded)
        {
            _studentId = user.UserId is null
                ? null
                : await db.Students.AsNoTracking().Where(s => s.UserId == user.UserId)
                    .Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
            _studentLoaded = true;
        }

        return _studentId;
    }
}
