using CleanStudents.Domain.Common;

namespace CleanStudents.Domain.Subjects;

/// <summary>Something taught, worth a number of credits; offered as classes in terms.</summary>
public sealed class Subject : Entity
{
    public const string CodePattern = "^[A-Z]{2,5}[0-9]{2,4}$";
    public const int CodeMaxLength = 9;
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const int MinCredits = 1;
    public const int MaxCredits = 10;

    private Subject(Guid id, string code, string name, int credits, string? description)
        : base(id)
    {
        Code = code;
        Name = name;
        Credits = credits;
        Description = description;
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public int Credits { get; private set; }
    public string? Description { get; private set; }

    public static Subject Define(Guid id, string code, string name, int credits, string? description) =>
        new(id, code, name.Trim(), credits, OptionalText.Normalize(description));

    public void Update(string code, string name, int credits, string? description)
    {
        Code = code;
        Name = name.Trim();
        Credits = credits;
        Description = OptionalText.Normalize(description);
    }
}
