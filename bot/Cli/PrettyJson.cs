using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ForumHelper.Bot.Cli;

/// <summary>Indented JSON for people to read, with non-ASCII text left as it is.</summary>
internal static class PrettyJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The element written out again, indented (a writer, not the serializer: nothing to look up by reflection).</summary>
    public static string Write(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
