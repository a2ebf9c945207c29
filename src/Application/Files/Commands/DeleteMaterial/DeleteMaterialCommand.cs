using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Files.Commands.DeleteMaterial;

/// <summary>Removes one of a class's materials: admins for any class, a lecturer for the classes they teach.</summary>
[Authorize(Role.Admin, Owner = Owner.ClassLecturer)]
public sealed record DeleteMaterialCommand(Guid ClassId, Guid FileId) : ICommand<Unit>, IClassScoped;
