using CleanStudents.Application.Enrollments.Commands.EnrollStudent;

namespace CleanStudents.WebApi.Contracts.Enrollments;

/// <summary>Who takes a seat in the class.</summary>
internal sealed record EnrollStudentRequest(Guid StudentId) : IBodyOf<EnrollStudentCommand>
{
    public EnrollStudentCommand ToCommand(Guid classId) => new(StudentId) { ClassId = classId };
}
