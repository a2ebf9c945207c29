using System.Globalization;

namespace CleanStudents.WebApi.Http;

/// <summary>Entity tags are the row version, quoted: <c>"1234"</c>.</summary>
internal static class ETags
{
    public static string Format(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// The version an <c>If-Match</c> header demands: null when absent or <c>*</c>; a value that
    /// cannot be any version's tag becomes 0, which never matches, so the request gets 412.
    /// </summary>
    public static uint? IfMatchVersion(this HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString().Trim();
        if (value.Length == 0 || value == "*")
        {
            return null;
        }

        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return uint.TryParse(value.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : 0;
    }
}
