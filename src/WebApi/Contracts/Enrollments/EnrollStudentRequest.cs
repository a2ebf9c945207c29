using CleanStudents.Application.Enrollments.Commands.EnrollStudent;

namespace CleanStudents.WebApi.Contracts.Enrollments;

/// <summary>Who takes a seat in the class.</summary>
internal sealed record EnrollStudentRequest(Guid StudentId) : IBodyOf<EnrollStudentCommand, EnrollStudentRequest>
{
    /// <remarks>The student's id is a placeholder: use one that <c>POST /api/students</c> returned.</remarks>
    public static EnrollStudentRequest Example { get; } = new(new Guid("0198c2a4-7b1e-7c3d-9f00-00000000a001"));

    public EnrollStudentCommand ToCommand(Guid classId) => new(StudentId) { ClassId = classId };
}
