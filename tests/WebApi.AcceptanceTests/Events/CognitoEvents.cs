using System.Text.Json.Nodes;
using CleanStudents.WebApi.AcceptanceTests.Support;

namespace CleanStudents.WebApi.AcceptanceTests.Events;

/// <summary>Cognito user-pool trigger events shaped as Lambda receives them (the Cognito developer guide's examples).</summary>
internal static class CognitoEvents
{
    public static JsonObject PreSignUp(string email, string triggerSource = "PreSignUp_SignUp") => new()
    {
        ["version"] = "1",
        ["region"] = "eu-west-1",
        ["userPoolId"] = Api.Stack.UserPoolId,
        ["userName"] = Guid.NewGuid().ToString(),
        ["callerContext"] = new JsonObject { ["awsSdkVersion"] = "aws-sdk-unknown-unknown", ["clientId"] = Api.Stack.ClientId },
        ["triggerSource"] = triggerSource,
        ["request"] = new JsonObject
        {
            ["userAttributes"] = new JsonObject { ["email"] = email },
            ["validationData"] = null,
        },
        ["response"] = new JsonObject { ["autoConfirmUser"] = false, ["autoVerifyEmail"] = false, ["autoVerifyPhone"] = false },
    };

    public static JsonObject PostConfirmation(string userName, string sub, string email,
        string triggerSource = "PostConfirmation_ConfirmSignUp") => new()
    {
        ["version"] = "1",
        ["region"] = "eu-west-1",
        ["userPoolId"] = Api.Stack.UserPoolId,
        ["userName"] = userName,
        ["callerContext"] = new JsonObject { ["awsSdkVersion"] = "aws-sdk-unknown-unknown", ["clientId"] = Api.Stack.ClientId },
        ["triggerSource"] = triggerSource,
        ["request"] = new JsonObject
        {
            ["userAttributes"] = new JsonObject
            {
                ["sub"] = sub,
                ["email_verified"] = "true",
                ["cognito:user_status"] = "CONFIRMED",
                ["email"] = email,
            },
        },
        ["response"] = new JsonObject(),
    };
}
