using Microsoft.Extensions.DependencyInjection;

// Options for the test requests' generated mediator: scoped like the application's, in its own namespace.
[assembly: Mediator.MediatorOptions(Namespace = "CleanStudents.Application.UnitTests.Generated", ServiceLifetime = ServiceLifetime.Scoped)]
