using System.Text.Json;
using System.Text.Json.Serialization;

namespace CleanStudents.WebApi.Http;

/// <summary>
/// The API's JSON settings on top of ASP.NET Core's web defaults (camelCase): enums as strings,
/// and generated serializers for the DTOs ahead of the reflection-based fallback.
/// </summary>
internal static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        options.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
    }
}
