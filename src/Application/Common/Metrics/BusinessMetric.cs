namespace CleanStudents.Application.Common.Metrics;

/// <summary>The business events operations watch (CloudWatch metrics of the namespace CleanStudents).</summary>
public enum BusinessMetric
{
    StudentsCreated,
    StudentsEnrolled,
    InvitationsFailed,
    FilesRejected,
}
