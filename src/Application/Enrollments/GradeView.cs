using CleanStudents.Domain.Enrollments;

namespace CleanStudents.Application.Enrollments;

/// <summary>The letter and points clients see next to a score; both null while ungraded.</summary>
internal static class GradeView
{
    public static string? Letter(Score? score) => score?.Grade.Letter;

    public static int? Points(Score? score) => score?.Grade.Points;
}
