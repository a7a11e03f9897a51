using System.Text.Json.Serialization;

namespace DiploLens.Web.Api;

/// <summary>
/// Serialization code generated at build time for the search answer, the API's hottest response: no reflection-built
/// converters at run time. Same naming as the rest of the API (snake_case); other responses use the reflection
/// resolver that follows this one in the chain.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SearchResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
