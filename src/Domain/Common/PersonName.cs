namespace CleanStudents.Domain.Common;

public static class PersonName
{
    public const int MaxLength = 100;

    public static string FullName(string firstName, string lastName) => $"{firstName} {lastName}";
}
