using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Subjects.Queries.GetSubject;

/// <summary>The catalogue is open to every signed-in user.</summary>
[Authorize]
public sealed record GetSubjectQuery(Guid Id) : IQuery<Versioned<SubjectDto>>;
