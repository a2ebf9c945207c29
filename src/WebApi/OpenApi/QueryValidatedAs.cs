namespace CleanStudents.WebApi.OpenApi;

/// <summary>Endpoint metadata: the route's query values become <see cref="Query"/>, whose validators check them.</summary>
internal sealed record QueryValidatedAs(Type Query);
