namespace CleanStudents.Application.Common.Security;

public enum Role
{
    Admin,
    Lecturer,
    Student,
}
