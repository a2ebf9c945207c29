using System.Text.Json.Serialization.Metadata;

namespace CleanStudents.WebApi.Endpoints;

/// <summary>
/// Routes that live in a use case's own endpoint file (the use-case template writes one): each file adds its
/// endpoint and its JSON metadata here from a module initializer, which runs before <c>Program</c>, so adding a
/// use case edits no shared file. Each endpoint is still a concrete method the Request Delegate Generator binds at
/// compile time (ADR 0007).
/// </summary>
internal static class UseCaseRoutes
{
    private static readonly List<Action<RouteGroupBuilder>> Endpoints = [];
    private static readonly List<IJsonTypeInfoResolver> JsonMetadata = [];

    /// <summary>The generated serializers of the routes' bodies, consulted right after <c>ApiJsonContext</c>.</summary>
    public static IReadOnlyList<IJsonTypeInfoResolver> Json => JsonMetadata;

    /// <summary>Called from module initializers only, so one thread adds before anything reads.</summary>
    public static void Add(Action<RouteGroupBuilder> map, IJsonTypeInfoResolver json)
    {
        Endpoints.Add(map);
        JsonMetadata.Add(json);
    }

    public static void MapUseCaseRoutes(this RouteGroupBuilder api)
    {
        foreach (var map in Endpoints)
        {
            map(api);
        }
    }
}
