using System.Text.Json;
using System.Text.Json.Serialization;

namespace InfoSeek.Domain;

/// <summary>The one JSON setting used for stored documents and output files: camelCase, enums as strings.</summary>
public static class JsonDefaults
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
