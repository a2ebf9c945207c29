namespace CleanStudents.WebApi.Contracts;

/// <summary>
/// A route's JSON body, which the endpoint maps to <typeparamref name="TRequest"/>: the wire is
/// WebApi's, the use case Application's. The OpenAPI document takes this body's rules from the
/// validators of <typeparamref name="TRequest"/>, so the two cannot drift apart, and shows
/// <see cref="Example"/>, which a test sends to the running API.
/// </summary>
internal interface IBodyOf<TRequest, TSelf>
    where TSelf : IBodyOf<TRequest, TSelf>
{
    static abstract TSelf Example { get; }
}
