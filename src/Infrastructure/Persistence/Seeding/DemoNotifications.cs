using CleanStudents.Domain.Classes;
using CleanStudents.Domain.Lecturers;
using CleanStudents.Domain.Notifications;
using CleanStudents.Domain.Students;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Infrastructure.Persistence.Seeding;

/// <summary>
/// Notifications in the demo student's inbox: one from the lecturer of a class they take (already
/// read), one from the administration to every demo student. Found again by title.
/// </summary>
internal sealed class DemoNotifications(ApplicationDbContext db)
{
    private const string AdministrationName = "Administrator";

    public async Task EnsureAsync(IReadOnlyDictionary<string, Class> classes, IReadOnlyDictionary<string, Lecturer> lecturers,
        IReadOnlyDictionary<string, Student> students, CancellationToken cancellationToken)
    {
        var titles = DemoSchool.Notifications.Select(n => n.Title).ToArray();
        var sent = await db.Notifications.Where(n => titles.Contains(n.Title)).Select(n => n.Title)
            .ToListAsync(cancellationToken);
        var demoStudentId = students[DemoSchool.DemoStudentNumber].Id;

        foreach (var seed in DemoSchool.Notifications.Where(n => !sent.Contains(n.Title)))
        {
            var sender = seed.ClassCode is { } code
                ? lecturers.Values.Single(l => l.Id == classes[code].LecturerId)
                : null;
            var notification = Notification.Send(seed.Title, seed.Body, seed.SentAt,
                sender?.UserId ?? DemoSchool.SeederUserId, sender?.FullName ?? AdministrationName,
                RecipientsOf(seed, students));
            if (seed.ReadAfter is { } readAfter)
            {
                notification.Recipients.Single(r => r.StudentId == demoStudentId).MarkRead(seed.SentAt + readAfter);
            }

            db.Notifications.Add(notification);
        }
    }

    private static IEnumerable<Guid> RecipientsOf(SeedNotification seed, IReadOnlyDictionary<string, Student> students) =>
        seed.ClassCode is { } code
            ? DemoSchool.Enrollments.Where(e => e.ClassCode == code).Select(e => students[e.StudentNumber].Id)
            : students.Values.Select(s => s.Id);
}
