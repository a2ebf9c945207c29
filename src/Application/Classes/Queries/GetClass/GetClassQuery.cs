using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Classes.Queries.GetClass;

[Authorize]
public sealed record GetClassQuery(Guid Id) : IQuery<Versioned<ClassDto>>;
