using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Files.Queries.GetMaterialDownload;

/// <summary>A link that downloads one of a class's materials: admins, the class's lecturer, students enrolled in it.</summary>
[Authorize(Role.Admin, Owner = Owner.ClassMember)]
public sealed record GetMaterialDownloadQuery(Guid ClassId, Guid FileId) : IQuery<FileDownload>, IClassScoped;
