using CleanStudents.Domain.Enrollments;

namespace CleanStudents.Application.Enrollments;

/// <summary>The letter and points clients see next to a score; both null while ungraded.</summary>
internal static class GradeView
{
    public static string? Letter(decimal? score) => score is { } value ? Grade.Of(value).Letter : null;

    public static int? Points(decimal? score) => score is { } value ? Grade.Of(value).Points : null;
}
