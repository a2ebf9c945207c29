namespace CleanStudents.Application.Common.Metrics;

/// <summary>Counts business events; where the counts go (CloudWatch embedded metric format) is Infrastructure's.</summary>
public interface IBusinessMetrics
{
    void Count(BusinessMetric metric, int count = 1);
}
