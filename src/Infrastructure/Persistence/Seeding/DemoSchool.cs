namespace CleanStudents.Infrastructure.Persistence.Seeding;

internal sealed record SeedStudent(string Number, string FirstName, string LastName, string Email, DateOnly Born);

internal sealed record SeedLecturer(string StaffNumber, string FirstName, string LastName, string Email, string Department);

internal sealed record SeedSubject(string Code, string Name, int Credits, string Description);

internal sealed record SeedClass(string Code, string SubjectCode, string LecturerStaffNumber, string Term, int Capacity,
    string Schedule, string Room);

/// <param name="Score">Null: not graded yet.</param>
internal sealed record SeedEnrollment(string ClassCode, string StudentNumber, decimal? Score);

/// <param name="ClassCode">Sent to the students of this class; null: to every demo student.</param>
/// <param name="ReadAfter">When the demo student read it, after it was sent; null: still unread.</param>
internal sealed record SeedNotification(string Title, string Body, DateTimeOffset SentAt, string? ClassCode,
    TimeSpan? ReadAfter);

/// <summary>
/// The demo school of the local stack, as data: a past term (2026-S1, graded) and the current
/// one (2026-S2, partly graded). Each row is found again by its natural key (student number,
/// staff number, code, title), which is what makes seeding repeatable.
/// </summary>
internal static class DemoSchool
{
    public const string DemoStudentNumber = "S2024-0000";
    public const string DemoLecturerStaffNumber = "L-0001";

    /// <summary>The sender of notifications that no signed-in user sent.</summary>
    public const string SeederUserId = "demo-data";

    public static readonly DateOnly StudentsEnrolledOn = new(2024, 9, 1);

    public static readonly IReadOnlyDictionary<string, DateTimeOffset> TermStarts = new Dictionary<string, DateTimeOffset>
    {
        ["2026-S1"] = new(2026, 2, 16, 9, 0, 0, TimeSpan.Zero),
        ["2026-S2"] = new(2026, 7, 20, 9, 0, 0, TimeSpan.Zero),
    };

    public static IReadOnlyList<SeedStudent> Students(DemoDataOptions demo) =>
    [
        new(DemoStudentNumber, "Demo", "Student", demo.StudentEmail, new(2004, 3, 14)),
        new("S2024-0001", "Ada", "Lovelace", "ada.lovelace@cleanstudents.local", new(2004, 12, 10)),
        new("S2024-0002", "Alan", "Turing", "alan.turing@cleanstudents.local", new(2003, 6, 23)),
        new("S2024-0003", "Grace", "Hopper", "grace.hopper@cleanstudents.local", new(2004, 12, 9)),
        new("S2025-0004", "Edsger", "Dijkstra", "edsger.dijkstra@cleanstudents.local", new(2005, 5, 11)),
        new("S2025-0005", "Barbara", "Liskov", "barbara.liskov@cleanstudents.local", new(2005, 11, 7)),
        new("S2025-0006", "Donald", "Knuth", "donald.knuth@cleanstudents.local", new(2006, 1, 10)),
        new("S2025-0007", "Margaret", "Hamilton", "margaret.hamilton@cleanstudents.local", new(2005, 8, 17)),
        new("S2025-0008", "Ken", "Thompson", "ken.thompson@cleanstudents.local", new(2005, 2, 4)),
    ];

    public static IReadOnlyList<SeedLecturer> Lecturers(DemoDataOptions demo) =>
    [
        new(DemoLecturerStaffNumber, "Demo", "Lecturer", demo.LecturerEmail, "Computer Science"),
        new("L-0002", "Niklaus", "Wirth", "niklaus.wirth@cleanstudents.local", "Computer Science"),
        new("L-0003", "Emmy", "Noether", "emmy.noether@cleanstudents.local", "Mathematics"),
        new("L-0004", "Claude", "Shannon", "claude.shannon@cleanstudents.local", "Electrical Engineering"),
    ];

    public static readonly IReadOnlyList<SeedSubject> Subjects =
    [
        new("CS101", "Introduction to Programming", 6, "Values, control flow, functions and tests, in C#."),
        new("CS201", "Data Structures and Algorithms", 6, "Lists, trees, graphs and hashing; the cost of an algorithm."),
        new("CS301", "Database Systems", 5, "The relational model, SQL, transactions and indexes."),
        new("MATH101", "Calculus I", 5, "Limits, derivatives and integrals of functions of one variable."),
        new("MATH201", "Linear Algebra", 5, "Vectors, matrices, linear maps and eigenvalues."),
        new("EE101", "Digital Logic", 4, "Boolean algebra, gates, flip-flops and finite-state machines."),
    ];

    public static readonly IReadOnlyList<SeedClass> Classes =
    [
        new("CS101-2026S1", "CS101", DemoLecturerStaffNumber, "2026-S1", 40, "Mon 09:00-11:00", "B12-101"),
        new("MATH101-2026S1", "MATH101", "L-0003", "2026-S1", 60, "Tue 10:00-12:00", "A1-201"),
        new("EE101-2026S1", "EE101", "L-0004", "2026-S1", 30, "Thu 14:00-16:00", "C3-010"),
        new("CS201-2026S2", "CS201", DemoLecturerStaffNumber, "2026-S2", 35, "Mon 13:00-15:00", "B12-102"),
        new("CS301-2026S2", "CS301", "L-0002", "2026-S2", 30, "Wed 09:00-11:00", "B12-204"),
        new("MATH201-2026S2", "MATH201", "L-0003", "2026-S2", 50, "Fri 10:00-12:00", "A1-105"),
    ];

    public static readonly IReadOnlyList<SeedEnrollment> Enrollments =
    [
        // 2026-S1: over, every score is in (A to F).
        new("CS101-2026S1", DemoStudentNumber, 8.70m),
        new("CS101-2026S1", "S2024-0001", 9.40m),
        new("CS101-2026S1", "S2024-0002", 7.80m),
        new("CS101-2026S1", "S2025-0004", 6.10m),
        new("CS101-2026S1", "S2025-0007", 3.50m),
        new("MATH101-2026S1", DemoStudentNumber, 7.25m),
        new("MATH101-2026S1", "S2024-0003", 8.90m),
        new("MATH101-2026S1", "S2025-0005", 5.60m),
        new("MATH101-2026S1", "S2025-0006", 9.75m),
        new("MATH101-2026S1", "S2025-0008", 4.20m),
        new("EE101-2026S1", DemoStudentNumber, 5.90m),
        new("EE101-2026S1", "S2024-0002", 8.50m),
        new("EE101-2026S1", "S2025-0008", 7.00m),

        // 2026-S2: under way, only some scores are in.
        new("CS201-2026S2", DemoStudentNumber, null),
        new("CS201-2026S2", "S2024-0001", 9.10m),
        new("CS201-2026S2", "S2024-0002", null),
        new("CS201-2026S2", "S2025-0004", 7.40m),
        new("CS201-2026S2", "S2025-0007", null),
        new("CS301-2026S2", "S2024-0003", null),
        new("CS301-2026S2", "S2025-0005", 8.00m),
        new("MATH201-2026S2", DemoStudentNumber, 6.80m),
        new("MATH201-2026S2", "S2025-0006", null),
    ];

    public static readonly IReadOnlyList<SeedNotification> Notifications =
    [
        new("Welcome to CS201", "Slides and the reading list are on the course page. See you on Monday at 13:00 in B12-102.",
            new(2026, 7, 17, 8, 0, 0, TimeSpan.Zero), "CS201-2026S2", TimeSpan.FromHours(3)),
        new("Library open late during exams", "From 30 November the library stays open until 23:00 on weekdays.",
            new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero), null, null),
    ];
}
