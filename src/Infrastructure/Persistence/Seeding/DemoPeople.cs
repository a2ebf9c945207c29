using CleanStudents.Domain.Lecturers;
using CleanStudents.Domain.Students;

namespace CleanStudents.Infrastructure.Persistence.Seeding;

/// <summary>
/// The demo students and lecturers. The demo ones are (re)linked to the demo users' sign-ins:
/// each new local stack creates those users anew, with new ids.
/// </summary>
internal sealed class DemoPeople(ApplicationDbContext db, DemoDataOptions demo, TimeProvider clock)
{
    public async Task<Dictionary<string, Student>> EnsureStudentsAsync(CancellationToken cancellationToken)
    {
        var students = await db.Students.EnsureAsync(DemoSchool.Students(demo), s => StudentNumber.Create(s.Number), s => s.StudentNumber,
            s => Student.Admit(NewId(), s.Number, s.FirstName, s.LastName, s.Email, s.Born,
                DemoSchool.StudentsEnrolledOn).OrThrow(),
            cancellationToken);
        var demoStudent = students[DemoSchool.DemoStudentNumber];
        if (demo.StudentUserId is { } userId && demoStudent.UserId != userId)
        {
            demoStudent.LinkUser(userId);
        }

        return students;
    }

    public async Task<Dictionary<string, Lecturer>> EnsureLecturersAsync(CancellationToken cancellationToken)
    {
        var lecturers = await db.Lecturers.EnsureAsync(DemoSchool.Lecturers(demo), l => StaffNumber.Create(l.StaffNumber), l => l.StaffNumber,
            l => Lecturer.Hire(NewId(), l.StaffNumber, l.FirstName, l.LastName, l.Email, l.Department).OrThrow(),
            cancellationToken);
        var demoLecturer = lecturers[DemoSchool.DemoLecturerStaffNumber];
        if (demo.LecturerUserId is { } userId && demoLecturer.UserId != userId)
        {
            demoLecturer.LinkUser(userId);
        }

        return lecturers;
    }

    private Guid NewId() => Guid.CreateVersion7(clock.GetUtcNow());
}
