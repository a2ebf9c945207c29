namespace CleanStudents.Application.Common.Metrics;

/// <summary>
/// A command that, once it has succeeded and committed, counts as one <see cref="Metric"/>
/// (<see cref="Behaviours.MetricsBehaviour{TRequest,TResponse}"/>): a rolled-back command counts nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CountsAttribute(BusinessMetric metric) : Attribute
{
    public BusinessMetric Metric { get; } = metric;
}
