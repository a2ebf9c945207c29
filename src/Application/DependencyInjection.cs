using System.Diagnostics.CodeAnalysis;
using CleanStudents.Application.Common.Behaviours;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Files;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Application;

public static class DependencyInjection
{
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "The validators are this assembly's types, which trimming keeps whole (ADR 0017).")]
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = typeof(DependencyInjection).Assembly;
        services.AddScoped<ICallerLinks, CallerLinks>();
        services.AddScoped<FileUploads>();

        // Singletons: a validator's rules are built once, not per request; validators depend only on
        // singletons (TimeProvider) and keep no state between calls.
        foreach (var result in AssemblyScanner.FindValidatorsInAssembly(assembly, includeInternalTypes: true))
        {
            services.AddSingleton(result.InterfaceType, result.ValidatorType);
        }

        // The pipeline, outermost first. The order is a decision (docs/adr/0001-mediator.md):
        // log every failure → refuse callers before reading input → refuse bad input before any
        // work → time the work itself → count what committed → wrap only the work in a transaction.
        // The source generator wires handlers and this pipeline at compile time; scoped, because
        // handlers use the request's DbContext.
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.GenerateTypesAsInternal = true;
            options.PipelineBehaviors =
            [
                typeof(UnhandledExceptionBehaviour<,>), typeof(AuthorizationBehaviour<,>), typeof(ValidationBehaviour<,>),
                typeof(PerformanceBehaviour<,>), typeof(MetricsBehaviour<,>), typeof(TransactionBehaviour<,>),
            ];
        });
        return services;
    }
}
