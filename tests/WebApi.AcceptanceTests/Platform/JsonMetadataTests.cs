using CleanStudents.WebApi.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Platform;

/// <summary>
/// The generated endpoint code resolves each route's JSON metadata at start-up: a body type missing
/// from <see cref="ApiJsonContext"/> falls back to reflection there and on every request (ADR 0007).
/// </summary>
public sealed class JsonMetadataTests
{
    [Test]
    public void Every_request_and_response_body_has_generated_json_metadata()
    {
        var endpoints = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var bodies = endpoints
            .SelectMany(endpoint => endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.Type)
                .Concat(endpoint.Metadata.OfType<IAcceptsMetadata>().Select(m => m.RequestType)))
            .OfType<Type>()
            .Where(type => type != typeof(void) && !typeof(ProblemDetails).IsAssignableFrom(type)
                && !typeof(IResult).IsAssignableFrom(type))
            .Distinct()
            .ToList();

        bodies.Should().NotBeEmpty();
        bodies.Where(type => ApiJsonContext.Default.GetTypeInfo(type) is null)
            .Select(type => type.Name).Should().BeEmpty("every body the API reads or writes is in ApiJsonContext");
    }
}
