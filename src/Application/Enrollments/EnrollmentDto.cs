namespace CleanStudents.Application.Enrollments;

public sealed record EnrollmentDto(Guid ClassId, Guid StudentId, string StudentNumber, string StudentName,
    DateTimeOffset EnrolledAt, decimal? Score, string? LetterGrade, int? GradePoints)
{
    /// <summary>Called on the rows SQL returns: the grade is derived by the domain's rules, not stored.</summary>
    public static EnrollmentDto Of(Guid classId, Guid studentId, string studentNumber, string studentName,
        DateTimeOffset enrolledAt, decimal? score) =>
        new(classId, studentId, studentNumber, studentName, enrolledAt, score, GradeView.Letter(score), GradeView.Points(score));
}
