using System.Text.Json.Nodes;

namespace CleanStudents.WebApi.Lambda;

/// <summary>
/// The parts of a Cognito user-pool trigger event the app reads: <c>triggerSource</c> (e.g.
/// <c>PreSignUp_SignUp</c>, <c>PostConfirmation_ConfirmSignUp</c>), <c>userName</c> and
/// <c>request.userAttributes</c> (<c>sub</c>, <c>email</c>).
/// </summary>
internal sealed record CognitoTrigger(string TriggerSource, string? UserName, string? Sub, string? Email)
{
    public const string PreSignUpPrefix = "PreSignUp_";
    public const string PostConfirmationPrefix = "PostConfirmation_";

    public static CognitoTrigger? Read(JsonObject @event)
    {
        if (Text(@event["triggerSource"]) is not { } source || @event["userPoolId"] is null)
        {
            return null;
        }

        var attributes = @event["request"]?["userAttributes"];
        return new CognitoTrigger(source, Text(@event["userName"]), Text(attributes?["sub"]), Text(attributes?["email"]));
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
