using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Files.Queries.GetAvatarDownload;

/// <summary>A link that downloads a student's avatar: admins and lecturers for anyone, a student for themself.</summary>
[Authorize(Role.Admin, Role.Lecturer, Owner = Owner.Student)]
public sealed record GetAvatarDownloadQuery(Guid StudentId) : IQuery<FileDownload>, IStudentScoped;
