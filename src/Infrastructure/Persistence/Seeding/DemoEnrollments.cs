using CleanStudents.Domain.Classes;
using CleanStudents.Domain.Students;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Infrastructure.Persistence.Seeding;

/// <summary>Seats in the demo classes, with the scores earned so far; a seat that exists is left alone.</summary>
internal sealed class DemoEnrollments(ApplicationDbContext db)
{
    public async Task EnsureAsync(IReadOnlyDictionary<string, Class> classes, IReadOnlyDictionary<string, Student> students,
        CancellationToken cancellationToken)
    {
        var classIds = classes.Values.Select(c => c.Id).ToArray();
        var taken = (await db.Enrollments.Where(e => classIds.Contains(e.ClassId))
                .Select(e => new { e.ClassId, e.StudentId }).ToListAsync(cancellationToken))
            .Select(e => (e.ClassId, e.StudentId)).ToHashSet();

        foreach (var seed in DemoSchool.Enrollments)
        {
            var @class = classes[seed.ClassCode];
            var studentId = students[seed.StudentNumber].Id;
            if (taken.Contains((@class.Id, studentId)))
            {
                continue;
            }

            var enrollment = @class.Enroll(studentId, DemoSchool.TermStarts[@class.Term.Value]).OrThrow();
            if (enrollment.SetScore(seed.Score) is { } violation)
            {
                throw new InvalidOperationException($"Demo enrollment {seed} breaks a rule: {violation.Message}");
            }

            db.Enrollments.Add(enrollment);
        }
    }
}
