namespace CleanStudents.Infrastructure.Persistence.Seeding;

/// <summary>The demo data of the local stack, linked to the demo users build/run.sh creates.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "Demo";

    public bool Seed { get; set; }

    public string? StudentUserId { get; set; }

    public string StudentEmail { get; set; } = "student@cleanstudents.local";

    public string? LecturerUserId { get; set; }

    public string LecturerEmail { get; set; } = "lecturer@cleanstudents.local";
}
