using CleanStudents.Domain.Classes;
using CleanStudents.Domain.Lecturers;
using CleanStudents.Domain.Subjects;

namespace CleanStudents.Infrastructure.Persistence.Seeding;

/// <summary>The demo subjects and the classes that offer them in two terms.</summary>
internal sealed class DemoCourses(ApplicationDbContext db, TimeProvider clock)
{
    public async Task<Dictionary<string, Class>> EnsureAsync(IReadOnlyDictionary<string, Lecturer> lecturers,
        CancellationToken cancellationToken)
    {
        var subjects = await db.Subjects.EnsureAsync(DemoSchool.Subjects, s => SubjectCode.Create(s.Code), s => s.Code,
            s => Subject.Define(NewId(), s.Code, s.Name, s.Credits, s.Description).OrThrow(), cancellationToken);
        return await db.Classes.EnsureAsync(DemoSchool.Classes, c => ClassCode.Create(c.Code), c => c.Code,
            c => Class.Offer(NewId(), c.Code, subjects[c.SubjectCode].Id, lecturers[c.LecturerStaffNumber].Id,
                c.Term, c.Capacity, c.Schedule, c.Room).OrThrow(),
            cancellationToken);
    }

    private Guid NewId() => Guid.CreateVersion7(clock.GetUtcNow());
}
