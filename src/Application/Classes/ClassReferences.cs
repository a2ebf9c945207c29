using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Classes;

internal static class ClassReferences
{
    /// <summary>
    /// An unknown subject or lecturer is a mistake in the body (400 on the field), not a missing
    /// resource (404) or a conflict (409); null when both exist.
    /// </summary>
    public static async Task<Error?> FindUnknownAsync(this IApplicationDbContext db, IClassFields fields,
        CancellationToken cancellationToken)
    {
        var unknown = new Dictionary<string, string[]>();
        if (!await db.Subjects.AnyAsync(s => s.Id == fields.SubjectId, cancellationToken))
        {
            unknown[nameof(IClassFields.SubjectId)] = [$"Subject '{fields.SubjectId}' does not exist."];
        }

        if (fields.LecturerId is { } lecturerId && !await db.Lecturers.AnyAsync(l => l.Id == lecturerId, cancellationToken))
        {
            unknown[nameof(IClassFields.LecturerId)] = [$"Lecturer '{lecturerId}' does not exist."];
        }

        return unknown.Count == 0 ? null : Error.Validation(unknown);
    }
}
