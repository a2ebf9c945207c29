using System.Text.Json.Serialization;

namespace CleanStudents.Infrastructure.Identity;

internal sealed record CognitoAttribute(string Name, string? Value);

internal sealed record AdminCreateUserRequest(
    string UserPoolId,
    string Username,
    IReadOnlyList<CognitoAttribute> UserAttributes,
    IReadOnlyList<string> DesiredDeliveryMediums);

internal sealed record CognitoUser(string Username, IReadOnlyList<CognitoAttribute>? Attributes);

internal sealed record AdminCreateUserResponse(CognitoUser User);

internal sealed record AdminGetUserRequest(string UserPoolId, string Username);

internal sealed record AdminGetUserResponse(string Username, IReadOnlyList<CognitoAttribute>? UserAttributes);

internal sealed record AdminAddUserToGroupRequest(string UserPoolId, string Username, string GroupName);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdminCreateUserRequest))]
[JsonSerializable(typeof(AdminCreateUserResponse))]
[JsonSerializable(typeof(AdminGetUserRequest))]
[JsonSerializable(typeof(AdminGetUserResponse))]
[JsonSerializable(typeof(AdminAddUserToGroupRequest))]
internal sealed partial class CognitoJsonContext : JsonSerializerContext;
