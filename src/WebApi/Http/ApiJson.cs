using System.Text.Json;
using System.Text.Json.Serialization;

namespace CleanStudents.WebApi.Http;

/// <summary>
/// The API's JSON settings on top of ASP.NET Core's web defaults (camelCase): enums as strings,
/// UTC timestamps with a <c>Z</c>, and generated serializers for the DTOs ahead of the
/// reflection-based fallback.
/// </summary>
internal static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new UtcTimestampJsonConverter());
        options.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
    }
}
