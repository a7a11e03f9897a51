using System.Text.Json;
using System.Text.Json.Serialization;
using DiploLens.Documents;

namespace DiploLens.Storage;

/// <summary>Writes a <see cref="PartialDate"/> as its ISO text at its precision (<c>"2023-12"</c>) and reads it back.</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return PartialDate.TryParseIso(text, out var date) ? date : throw new JsonException($"'{text}' is not an ISO date.");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToIso());
}
