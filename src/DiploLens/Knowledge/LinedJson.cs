using System.Text;
using System.Text.Json;

namespace DiploLens.Knowledge;

/// <summary>
/// A parsed JSON value that remembers the 1-based line it starts on, so knowledge files can report duplicate ids
/// and aliases by file and line. Syntax errors become <see cref="KnowledgeException"/> naming file, line and column.
/// </summary>
public sealed class LinedJson
{
    private LinedJson(JsonTokenType kind, int line)
    {
        Kind = kind;
        Line = line;
    }

    public JsonTokenType Kind { get; }

    /// <summary>1-based line of the value's first character.</summary>
    public int Line { get; }

    public string? String { get; private init; }

    public double? Number { get; private init; }

    public bool? Bool { get; private init; }

    /// <summary>Members in file order; null unless an object.</summary>
    public IReadOnlyList<KeyValuePair<string, LinedJson>>? Members { get; private init; }

    /// <summary>Items in file order; null unless an array.</summary>
    public IReadOnlyList<LinedJson>? Items { get; private init; }

    public LinedJson? this[string name] => Members?.FirstOrDefault(m => m.Key == name).Value;

    public static LinedJson Parse(string text, string file)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        try
        {
            if (!reader.Read())
            {
                throw new KnowledgeException(file, 1, "the file is empty; expected a JSON object.");
            }

            var root = ReadValue(ref reader, lineStarts);
            if (reader.Read())
            {
                throw new KnowledgeException(file, LineOf(lineStarts, reader.TokenStartIndex), "unexpected content after the end of the JSON value.");
            }

            return root;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            throw new KnowledgeException(file, line, $"JSON syntax error at column {column}: {FirstSentence(e.Message)}", e);
        }
    }

    private static LinedJson ReadValue(ref Utf8JsonReader reader, List<int> lineStarts)
    {
        var line = LineOf(lineStarts, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<KeyValuePair<string, LinedJson>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    members.Add(new(name, ReadValue(ref reader, lineStarts)));
                }

                return new LinedJson(JsonTokenType.StartObject, line) { Members = members };
            case JsonTokenType.StartArray:
                var items = new List<LinedJson>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lineStarts));
                }

                return new LinedJson(JsonTokenType.StartArray, line) { Items = items };
            case JsonTokenType.String:
                return new LinedJson(JsonTokenType.String, line) { String = reader.GetString() };
            case JsonTokenType.Number:
                return new LinedJson(JsonTokenType.Number, line) { Number = reader.GetDouble() };
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new LinedJson(reader.TokenType, line) { Bool = reader.GetBoolean() };
            default:
                return new LinedJson(JsonTokenType.Null, line);
        }
    }

    private static int LineOf(List<int> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch((int)offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    /// <summary>The string value, or a <see cref="KnowledgeException"/> naming what was expected.</summary>
    public string RequireString(string file, string what) =>
        Kind == JsonTokenType.String && !string.IsNullOrWhiteSpace(String)
            ? String!
            : throw new KnowledgeException(file, Line, $"{what} must be a non-empty string.");

    public IReadOnlyList<LinedJson> RequireArray(string file, string what) =>
        Items ?? throw new KnowledgeException(file, Line, $"{what} must be an array.");

    public IReadOnlyList<string> StringList(string file, string what) =>
        RequireArray(file, what).Select(i => i.RequireString(file, $"each item of {what}")).ToList();
}
