using CleanStudents.Domain.Classes;
using CleanStudents.Domain.Enrollments;
using CleanStudents.Domain.Subjects;

namespace CleanStudents.Application.Enrollments.Queries.GetTranscript;

public sealed record TranscriptDto(Guid StudentId, string StudentNumber, string FullName,
    IReadOnlyList<TranscriptEntryDto> Entries, int CreditsAttempted, int CreditsEarned, decimal Gpa);

public sealed record TranscriptEntryDto(Guid ClassId, string ClassCode, string Term, string SubjectCode,
    string SubjectName, int Credits, decimal? Score, string? LetterGrade, int? GradePoints)
{
    /// <summary>Called on the rows SQL returns: the grade is derived by the domain's rules, not stored.</summary>
    public static TranscriptEntryDto Of(Guid classId, ClassCode classCode, Term term, SubjectCode subjectCode,
        string subjectName, int credits, Score? score) =>
        new(classId, classCode.Value, term.Value, subjectCode.Value, subjectName, credits, score?.Value,
            GradeView.Letter(score), GradeView.Points(score));
}
