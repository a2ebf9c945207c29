using System.Text.Json;
using System.Text.Json.Serialization;
using CleanStudents.Application.FeatureName.KindFolder.UseCaseName;
#if (isCommand)
using CleanStudents.WebApi.Contracts.FeatureName;
#endif

namespace CleanStudents.WebApi.Endpoints.FeatureName;

/// <summary>
/// Serialization code generated at build time for this route's bodies, with <c>ApiJsonContext</c>'s options;
/// <see cref="UseCaseNameEndpoint"/> puts it in the API's JSON settings.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, NumberHandling = JsonNumberHandling.Strict)]
#if (isCommand)
[JsonSerializable(typeof(UseCaseNameRequest))]
#endif
[JsonSerializable(typeof(UseCaseNameResult))]
internal sealed partial class UseCaseNameJsonContext : JsonSerializerContext;
