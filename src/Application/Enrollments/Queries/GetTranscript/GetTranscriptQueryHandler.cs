using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Enrollments;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Enrollments.Queries.GetTranscript;

/// <remarks>Two SQL queries whatever the record's length: the student, then every entry with its class and subject joined.</remarks>
internal sealed class GetTranscriptQueryHandler(IApplicationDbContext db) : IQueryHandler<GetTranscriptQuery, TranscriptDto>
{
    public async ValueTask<Result<TranscriptDto>> Handle(GetTranscriptQuery query, CancellationToken cancellationToken)
    {
        var student = await db.Students.AsNoTracking().Where(s => s.Id == query.StudentId)
            .Select(s => new { s.StudentNumber, s.FirstName, s.LastName }).FirstOrDefaultAsync(cancellationToken);
        if (student is null)
        {
            return Error.NotFound("Student", query.StudentId);
        }

        var entries = await db.Enrollments.AsNoTracking().Where(e => e.StudentId == query.StudentId)
            .Join(db.Classes, e => e.ClassId, c => c.Id, (e, c) => new { Enrollment = e, Class = c })
            .Join(db.Subjects, x => x.Class.SubjectId, s => s.Id, (x, s) => new { x.Enrollment, x.Class, Subject = s })
            .OrderBy(x => x.Class.Term).ThenBy(x => x.Subject.Code).ThenBy(x => x.Class.Code)
            .Select(x => TranscriptEntryDto.Of(x.Class.Id, x.Class.Code, x.Class.Term, x.Subject.Code, x.Subject.Name,
                x.Subject.Credits, x.Enrollment.Score))
            .ToListAsync(cancellationToken);

        var totals = TranscriptTotals.Of(entries.Select(e => new TranscriptLine(e.Credits, e.Score)));
        return new TranscriptDto(query.StudentId, student.StudentNumber.Value,
            Domain.Common.PersonName.FullName(student.FirstName, student.LastName), entries, totals.CreditsAttempted,
            totals.CreditsEarned, totals.Gpa);
    }
}
