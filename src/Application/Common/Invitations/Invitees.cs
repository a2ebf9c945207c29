using CleanStudents.Application.Common.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Common.Invitations;

/// <summary>Finds the records people are invited as, whatever their kind (tracked: callers link them).</summary>
internal static class Invitees
{
    public static async Task<Invitee?> FindInviteeAsync(this IApplicationDbContext db, InviteeKind kind, Guid id,
        CancellationToken cancellationToken) => kind switch
    {
        InviteeKind.Student => await db.Students.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { } s
            ? new Invitee(kind, s, s.Email)
            : null,
        InviteeKind.Lecturer => await db.Lecturers.FirstOrDefaultAsync(l => l.Id == id, cancellationToken) is { } l
            ? new Invitee(kind, l, l.Email)
            : null,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Every invitee kind needs a lookup."),
    };

    /// <summary>Every record with this email (emails are stored normalized, so this ignores case).</summary>
    public static async Task<IReadOnlyList<Invitee>> FindInviteesByEmailAsync(this IApplicationDbContext db, string email,
        CancellationToken cancellationToken)
    {
        var students = await db.Students.Where(s => s.Email == email).ToListAsync(cancellationToken);
        var lecturers = await db.Lecturers.Where(l => l.Email == email).ToListAsync(cancellationToken);
        return
        [
            .. students.Select(s => new Invitee(InviteeKind.Student, s, s.Email)),
            .. lecturers.Select(l => new Invitee(InviteeKind.Lecturer, l, l.Email)),
        ];
    }
}
