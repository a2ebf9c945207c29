using System.Text.Json;
using System.Text.Json.Serialization;
using CleanStudents.Domain.Common;
using CleanStudents.Domain.Files;
using CleanStudents.WebApi.Endpoints;

namespace CleanStudents.WebApi.Http;

/// <summary>
/// The API's JSON settings on top of ASP.NET Core's web defaults (camelCase): numbers only as
/// JSON numbers (the web defaults also read them from strings, which the OpenAPI document then has to
/// call <c>number | string</c>), enums as strings, UTC timestamps with a <c>Z</c>, and generated
/// serializers for the DTOs (<see cref="ApiJsonContext"/>, then those of the use cases' own route files) ahead of
/// the reflection-based fallback.
/// </summary>
internal static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.NumberHandling = JsonNumberHandling.Strict;
        // API.md spells invitation and file states in lower case ("pending"); other enums keep their names ("Active").
        options.Converters.Add(new JsonStringEnumConverter<InvitationState>(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new JsonStringEnumConverter<FileStatus>(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new UtcTimestampJsonConverter());
        options.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
        for (var i = 0; i < UseCaseRoutes.Json.Count; i++)
        {
            options.TypeInfoResolverChain.Insert(i + 1, UseCaseRoutes.Json[i]);
        }
    }
}
