using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Me.Queries.GetMe;

/// <summary>Who the caller is and which records they are linked to.</summary>
[Authorize]
public sealed record GetMeQuery : IQuery<MeDto>;
