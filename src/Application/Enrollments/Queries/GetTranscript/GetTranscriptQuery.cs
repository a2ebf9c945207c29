using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Enrollments.Queries.GetTranscript;

[Authorize(Role.Admin, Owner = Owner.Student)]
public sealed record GetTranscriptQuery(Guid StudentId) : IQuery<TranscriptDto>, IStudentScoped;
