using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.RegularExpressions;
using CleanStudents.Application.Common.Results;
using Microsoft.AspNetCore.Http.Metadata;

namespace CleanStudents.WebApi.Errors;

/// <summary>
/// Says in the client's terms what the framework's parameter binding refused. Two paths need it:
/// a missing or unreadable body throws (<c>ThrowOnBadRequest</c>) with the framework's own English
/// sentence, read here in one place; an optional query value that does not parse (<c>?pageSize=abc</c>)
/// is answered by the generated binder with a bare 400 and no word of which value it was, so the
/// endpoint's parameters are parsed again here to name it. Both are pinned by the acceptance tests.
/// </summary>
internal static partial class BindingFailures
{
    public const string BodyRequired = "A JSON body is required: send the resource as application/json.";

    public static string Describe(BadHttpRequestException exception) =>
        ImplicitBodyMissing().IsMatch(exception.Message) || RequiredFromBody().IsMatch(exception.Message)
            ? BodyRequired
            : exception.Message;

    /// <summary>The query values of the current endpoint that do not parse as their parameter's type, with why.</summary>
    private static Dictionary<string, string[]> Diagnose(HttpContext httpContext)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var parameters = httpContext.GetEndpoint()?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>() ?? [];
        foreach (var parameter in parameters.Where(p => p.HasTryParse))
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterInfo.ParameterType) ?? parameter.ParameterInfo.ParameterType;
            if (httpContext.Request.Query.TryGetValue(parameter.Name, out var raw) && raw.ToString() is { Length: > 0 } value
                && !Parses(type, value))
            {
                errors[parameter.Name] = [$"'{parameter.Name}' must be {Expected(type)}."];
            }
        }

        return errors;
    }

    /// <summary>Turns a bare 400 from parameter binding into a validation problem that names the values.</summary>
    public static void ExplainBareBadRequest(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status != StatusCodes.Status400BadRequest || problem.Detail is not null || problem.Extensions.ContainsKey("errors"))
        {
            return;
        }

        var errors = Diagnose(context.HttpContext);
        if (errors.Count > 0)
        {
            var validation = Error.Validation(errors);
            problem.Title = validation.Title;
            problem.Detail = validation.Detail;
            problem.Extensions["errors"] = errors;
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The types are the endpoints' query parameters "
        + "(numbers, Guid, dates, enums); the generated binder calls these TryParse methods itself, so trimming keeps them. "
        + "PublishedAppTests checks a named unparsable value on the trimmed artifact.")]
    private static bool Parses(Type type, string value)
    {
        if (type.IsEnum)
        {
            return Enum.TryParse(type, value, ignoreCase: false, out _);
        }

        if (type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static,
                [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]) is { } withProvider)
        {
            return (bool)withProvider.Invoke(null, [value, System.Globalization.CultureInfo.InvariantCulture, null])!;
        }

        return type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), type.MakeByRefType()]) is not { } plain
            || (bool)plain.Invoke(null, [value, null])!;
    }

    private static string Expected(Type type) => type switch
    {
        _ when type.IsEnum => $"one of: {string.Join(", ", Enum.GetNames(type))}",
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(Guid) => "a UUID",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(DateOnly) => "a date (YYYY-MM-DD)",
        _ => $"a valid {type.Name}",
    };

    [GeneratedRegex("^Implicit body inferred for parameter \"[^\"]+\" but no body was provided", RegexOptions.CultureInvariant)]
    private static partial Regex ImplicitBodyMissing();

    [GeneratedRegex("^Required parameter \"[^\"]+\" was not provided from body", RegexOptions.CultureInvariant)]
    private static partial Regex RequiredFromBody();
}
