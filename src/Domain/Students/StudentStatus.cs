namespace CleanStudents.Domain.Students;

public enum StudentStatus
{
    Active,
    Suspended,
    Graduated,
    Withdrawn,
}
