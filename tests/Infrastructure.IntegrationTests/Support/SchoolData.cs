using CleanStudents.Domain.Classes;
using CleanStudents.Domain.Lecturers;
using CleanStudents.Domain.Students;
using CleanStudents.Domain.Subjects;
using CleanStudents.Infrastructure.Persistence;

namespace CleanStudents.Infrastructure.IntegrationTests.Support;

/// <summary>Puts subjects, lecturers, classes and students straight into a database, with unique values.</summary>
internal static class SchoolData
{
    private static int _subjects;

    private static string Unique() => Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    public static async Task<Class> AddClassAsync(this ApplicationDbContext db, int capacity, string term = "2026-S1",
        int credits = 5, bool withLecturer = true)
    {
        var subject = Subject.Define(Guid.CreateVersion7(), $"SUB{Interlocked.Increment(ref _subjects):D4}", $"Subject {Unique()}", credits, null).OrThrow();
        var lecturer = Lecturer.Hire(Guid.CreateVersion7(), null, "Grace", $"Lecturer{Unique()}", $"l{Unique()}@int.test", null).OrThrow();
        var offered = Class.Offer(Guid.CreateVersion7(), $"C-{Unique()}", subject.Id, withLecturer ? lecturer.Id : null,
            term, capacity, null, null).OrThrow();
        db.AddRange(subject, lecturer, offered);
        await db.SaveChangesAsync();
        return offered;
    }

    public static async Task<List<Student>> AddStudentsAsync(this ApplicationDbContext db, int count)
    {
        var students = Enumerable.Range(0, count).Select(_ => Student.Admit(Guid.CreateVersion7(), null, "Ada",
            $"Student{Unique()}", $"s{Unique()}{Unique()}@int.test", new DateOnly(2004, 3, 14), new DateOnly(2024, 9, 1)).OrThrow()).ToList();
        db.Students.AddRange(students);
        await db.SaveChangesAsync();
        return students;
    }

    /// <summary>Seats the students in the class, graded with <paramref name="score"/>.</summary>
    public static async Task EnrollAsync(this ApplicationDbContext db, Class offered, IEnumerable<Student> students,
        decimal? score = null)
    {
        db.Attach(offered);
        foreach (var student in students)
        {
            var enrollment = offered.Enroll(student.Id, DateTimeOffset.UtcNow).Value
                ?? throw new InvalidOperationException($"Class {offered.Code} is full.");
            enrollment.SetScore(score);
            db.Add(enrollment);
        }

        await db.SaveChangesAsync();
    }
}
