using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CleanStudents.WebApi.Http;

/// <summary>
/// Writes timestamps as API.md spells them, in UTC with a <c>Z</c> (<c>2026-11-22T10:00:00Z</c>);
/// System.Text.Json alone would write <c>+00:00</c>. Reads any ISO-8601 offset.
/// </summary>
internal sealed class UtcTimestampJsonConverter : JsonConverter<DateTimeOffset>
{
    // F (not f): trailing zeros of the fraction, and the dot before none, are left out.
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));
}
