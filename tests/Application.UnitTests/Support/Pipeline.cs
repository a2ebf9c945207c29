using CleanStudents.Application.Common.Behaviours;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Application.UnitTests.Support;

/// <summary>Reads the pipeline the generated registrations give a message, outermost first.</summary>
internal static class Pipeline
{
    /// <summary>The decided order (docs/adr/0001-mediator.md).</summary>
    public static readonly Type[] Documented =
    [
        typeof(UnhandledExceptionBehaviour<,>), typeof(AuthorizationBehaviour<,>), typeof(ValidationBehaviour<,>),
        typeof(PerformanceBehaviour<,>), typeof(MetricsBehaviour<,>), typeof(TransactionBehaviour<,>),
    ];

    private static readonly Type[] AnsweringMessages = [typeof(IRequest<>), typeof(ICommand<>), typeof(IQuery<>)];

    public static Type[] MessagesIn(System.Reflection.Assembly assembly) => assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && t.IsAssignableTo(typeof(IMessage)))
        .ToArray();

    public static List<Type> Of(IServiceCollection services, Type message)
    {
        var response = message.GetInterfaces()
            .Single(i => i.IsGenericType && AnsweringMessages.Contains(i.GetGenericTypeDefinition()))
            .GetGenericArguments()[0];
        var behaviour = typeof(IPipelineBehavior<,>).MakeGenericType(message, response);
        return services.Where(d => d.ServiceType == behaviour)
            .Select(d => d.ImplementationType!.GetGenericTypeDefinition()).ToList();
    }
}
