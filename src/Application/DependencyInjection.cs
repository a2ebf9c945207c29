using CleanStudents.Application.Common.Behaviours;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = typeof(DependencyInjection).Assembly;
        services.AddScoped<ISender, Mediator>();
        services.AddScoped<ICallerLinks, CallerLinks>();

        RegisterHandlers(services, assembly);
        // Singletons: a validator's rules are built once, not per request; validators depend only on
        // singletons (TimeProvider) and keep no state between calls.
        foreach (var result in AssemblyScanner.FindValidatorsInAssembly(assembly, includeInternalTypes: true))
        {
            services.AddSingleton(result.InterfaceType, result.ValidatorType);
        }

        // The pipeline, outermost first. The order is a decision (docs/adr/0001-in-house-mediator.md):
        // log every failure → refuse callers before reading input → refuse bad input before any
        // work → time the work itself → count what committed → wrap only the work in a transaction.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnhandledExceptionBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(PerformanceBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(MetricsBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        return services;
    }

    private static void RegisterHandlers(IServiceCollection services, System.Reflection.Assembly assembly)
    {
        var handlerInterface = typeof(IRequestHandler<,>);
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false }))
        {
            foreach (var contract in type.GetInterfaces()
                         .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == handlerInterface))
            {
                services.AddScoped(contract, type);
            }
        }
    }
}
