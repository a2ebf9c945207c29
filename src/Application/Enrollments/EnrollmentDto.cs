using CleanStudents.Domain.Enrollments;
using CleanStudents.Domain.Students;

namespace CleanStudents.Application.Enrollments;

public sealed record EnrollmentDto(Guid ClassId, Guid StudentId, string StudentNumber, string StudentName,
    DateTimeOffset EnrolledAt, decimal? Score, string? LetterGrade, int? GradePoints)
{
    /// <summary>Called on the rows SQL returns: the grade is derived by the domain's rules, not stored.</summary>
    public static EnrollmentDto Of(Guid classId, Guid studentId, StudentNumber studentNumber, string studentName,
        DateTimeOffset enrolledAt, Score? score) =>
        new(classId, studentId, studentNumber.Value, studentName, enrolledAt, score?.Value, GradeView.Letter(score),
            GradeView.Points(score));
}
