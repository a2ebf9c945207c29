using System.Text.Json.Serialization;
using CleanStudents.WebApi.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Platform;

/// <summary>
/// The generated endpoint code resolves each route's JSON metadata at start-up: a body type missing
/// from the generated contexts (<see cref="ApiJsonContext"/>, a use case's own) falls back to reflection there and on every request (ADR 0007).
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

        // ApiJsonContext, then the contexts of the use cases' own route files; the reflection fallback does not count.
        var generated = Host.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions
            .TypeInfoResolverChain.OfType<JsonSerializerContext>().ToList();

        bodies.Should().NotBeEmpty();
        generated.Should().Contain(ApiJsonContext.Default);
        bodies.Where(type => generated.All(context => context.GetTypeInfo(type) is null))
            .Select(type => type.Name).Should().BeEmpty("every body the API reads or writes is in ApiJsonContext or its route file's context");
    }
}
