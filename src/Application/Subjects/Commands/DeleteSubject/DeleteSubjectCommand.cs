using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Subjects.Commands.DeleteSubject;

/// <param name="ExpectedVersion">From <c>If-Match</c>; when present, a stale version is refused.</param>
[Authorize(Role.Admin)]
public sealed record DeleteSubjectCommand(Guid Id, uint? ExpectedVersion = null) : ICommand<Unit>, IConditionalChange;
