namespace CleanStudents.WebApi.OpenApi;

/// <summary>
/// Endpoint metadata: the use case a route sends. The document takes from it who may call the route
/// (its <c>[Authorize]</c>) and the rules of the route's query values (its validators).
/// </summary>
internal sealed record RunsUseCase(Type UseCase);
