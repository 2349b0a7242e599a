using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.Json;
using Json.Schema;

namespace ForumHelper.Tests.Support;

/// <summary>
/// Validates request bodies against Discord's OpenAPI 3.1 spec (discord/discord-api-spec, copied to
/// <c>tests/ForumHelper.Tests/Fixtures/Discord/openapi.json</c>; see SOURCES.md there). The whole document is
/// registered under one base URI, so <c>#/components/schemas/…</c> references resolve inside it.
/// </summary>
internal static class DiscordOpenApi
{
    private static readonly Uri DocumentUri = new("https://discord-api-spec.test/openapi.json");
    private static readonly Lazy<(JsonDocument Document, BuildOptions Options)> Loaded = new(Load);
    // Lazy, so parallel tests never build (and register) the same schema twice: the registry refuses a second registration.
    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Built = new(StringComparer.Ordinal);

    /// <summary>In the repository: <c>tests/ForumHelper.Tests/Fixtures/Discord/openapi.json</c>.</summary>
    public static string SpecPath { get; } = Path.Combine(RepositoryPaths.DiscordFixtures, "openapi.json");

    /// <summary>The SHA-256 of the copied spec (SOURCES.md); a copy changed by an editor or by line-ending conversion fails on load.</summary>
    public const string SpecSha256 = "8c1d0707ccdf8e380a86dfba04058820a66435c1b69d5ed82e04dd8c0520dd73";

    /// <summary>Problems of <paramref name="json"/> against <c>#/components/schemas/<paramref name="schemaName"/></c>; empty when valid.</summary>
    public static IReadOnlyList<string> ValidateAgainstSchema(string schemaName, string json) =>
        Validate("/components/schemas/" + Escape(schemaName), JsonNode.Parse(json));

    /// <summary>Problems of <paramref name="json"/> against the JSON request body of the operation with this <c>operationId</c>.</summary>
    public static IReadOnlyList<string> ValidateRequestBody(string operationId, string json) =>
        Validate(RequestBodyPointer(operationId), JsonNode.Parse(json));

    /// <summary>
    /// A bulk-overwrite body (PUT …/commands) against the operation's request schema. The spec types
    /// <c>default_member_permissions</c> as an integer, the docs as a string bit set; we send the
    /// string (as the docs say, and the spec's README says the API accepts int-parseable strings),
    /// so exactly that field, when it is a string of digits, is turned into the number it spells
    /// before validating. Everything else is checked as the spec says.
    /// </summary>
    public static IReadOnlyList<string> ValidateCommandRegistration(string json)
    {
        var node = JsonNode.Parse(json);
        foreach (var command in node is JsonArray commands ? commands.OfType<JsonObject>() : [])
        {
            if (command["default_member_permissions"] is JsonValue value
                && value.TryGetValue<string>(out var text)
                && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bits))
            {
                command["default_member_permissions"] = bits;
            }
        }

        return Validate(RequestBodyPointer("bulk_set_application_commands"), node);
    }

    /// <summary>
    /// An edit-original body (PATCH …/messages/@original, the JSON or the multipart <c>payload_json</c>)
    /// against <c>IncomingWebhookUpdateRequestPartial</c>. The spec types an attachment's <c>id</c> as a
    /// snowflake string, while the docs' upload examples use the number n of <c>files[n]</c>
    /// (<c>"id": 0</c>); exactly those integer ids are turned into strings before validating.
    /// </summary>
    public static IReadOnlyList<string> ValidateEditOriginal(string json)
    {
        var node = JsonNode.Parse(json);
        foreach (var attachment in node?["attachments"] is JsonArray attachments ? attachments.OfType<JsonObject>() : [])
        {
            if (attachment["id"] is JsonValue id && id.TryGetValue<int>(out var number))
            {
                attachment["id"] = number.ToString(CultureInfo.InvariantCulture);
            }
        }

        return Validate(RequestBodyPointer("update_original_webhook_message"), node);
    }

    private static IReadOnlyList<string> Validate(string pointer, JsonNode? instance)
    {
        var schema = Built.GetOrAdd(pointer, key => new Lazy<JsonSchema>(() => Build(key))).Value;
        var element = JsonSerializer.SerializeToElement(instance);
        var results = schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        if (results.IsValid)
        {
            return [];
        }

        var problems = Problems(results).Select(p => $"{p.At}: {p.Message} [{p.Keyword} at {p.SchemaPath}]").Distinct().ToList();
        return problems.Count > 0 ? problems : ["invalid, without details"];
    }

    /// <summary>
    /// The errors of the failing nodes. Where a <c>oneOf</c>/<c>anyOf</c> matched nothing, only the
    /// alternative that was meant is reported: the one whose <c>type</c> discriminator matched, else
    /// the one with the fewest errors. The spec's options are a oneOf of eleven option types, and
    /// the ten never meant would otherwise bury the one real problem.
    /// </summary>
    private static List<(string At, string Keyword, string Message, string SchemaPath)> Problems(EvaluationResults node)
    {
        if (node.IsValid)
        {
            return [];
        }

        var children = node.Details ?? [];
        var branches = children.Where(child => BranchKeyword(child) is not null).ToList();
        var problems = new List<(string, string, string, string)>();
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            var alternatives = branches.Where(b => BranchKeyword(b) == keyword).ToList();
            // When every alternative failed, the meant one explains it better than "expected 1 matching subschema but found 0".
            if (alternatives.Count == 0 || alternatives.Any(b => b.IsValid))
            {
                problems.Add((Location(node), keyword, message, node.EvaluationPath.ToString()));
            }
        }

        foreach (var child in children.Except(branches))
        {
            problems.AddRange(Problems(child));
        }

        foreach (var group in branches.GroupBy(BranchKeyword).Where(g => g.All(b => !b.IsValid)))
        {
            var candidates = group.Select(Problems).Where(p => p.Count > 0).ToList();
            var meant = candidates.Where(p => !p.Any(IsWrongDiscriminator)).ToList();
            problems.AddRange((meant.Count > 0 ? meant : candidates).MinBy(p => p.Count) ?? []);
        }

        return problems;
    }

    private static bool IsWrongDiscriminator((string At, string Keyword, string Message, string SchemaPath) problem) =>
        problem.Keyword is "enum" or "const" && problem.At.EndsWith("/type", StringComparison.Ordinal);

    private static string? BranchKeyword(EvaluationResults node)
    {
        var segments = node.EvaluationPath.ToString().Split('/');
        return segments.Length >= 2 && segments[^2] is "oneOf" or "anyOf" && int.TryParse(segments[^1], out _) ? segments[^2] : null;
    }

    private static string Location(EvaluationResults node) => node.InstanceLocation.ToString() is { Length: > 0 } at ? at : "(root)";

    private static JsonSchema Build(string pointer)
    {
        var (_, options) = Loaded.Value;
        // A one-line schema that only refers into the registered document; each gets its own URI so builds do not collide.
        var reference = JsonSerializer.SerializeToElement(new JsonObject { ["$ref"] = DocumentUri + "#" + EncodeFragment(pointer) });
        return JsonSchema.Build(reference, options, new Uri(DocumentUri, "/checks/" + Uri.EscapeDataString(pointer)));
    }

    private static string RequestBodyPointer(string operationId)
    {
        var (document, _) = Loaded.Value;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (operation.Value.ValueKind == JsonValueKind.Object
                    && operation.Value.TryGetProperty("operationId", out var id)
                    && id.ValueEquals(operationId))
                {
                    return $"/paths/{Escape(path.Name)}/{operation.Name}/requestBody/content/application~1json/schema";
                }
            }
        }

        throw new InvalidOperationException($"No operation `{operationId}` in {SpecPath}.");
    }

    private static (JsonDocument, BuildOptions) Load()
    {
        if (!File.Exists(SpecPath))
        {
            throw new FileNotFoundException($"Discord's OpenAPI spec is expected in the repository at tests/ForumHelper.Tests/Fixtures/Discord/openapi.json ({SpecPath}).", SpecPath);
        }

        var bytes = File.ReadAllBytes(SpecPath);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (sha256 != SpecSha256)
        {
            throw new InvalidDataException(
                $"tests/ForumHelper.Tests/Fixtures/Discord/openapi.json is not the byte-for-byte copy SOURCES.md names: SHA-256 {sha256}, expected {SpecSha256}. "
                + "Restore it from discord/discord-api-spec at the commit SOURCES.md gives (line endings and final newline must stay as published).");
        }

        var document = JsonDocument.Parse(bytes);
        var registry = new SchemaRegistry();
        registry.Register(DocumentUri, new JsonElementBaseDocument(document.RootElement, DocumentUri));
        // The spec marks some unions with `x-discord-union` (the autocomplete result's data, say): an
        // annotation for code generators, which the validator must pass over rather than refuse.
        var dialect = BuildOptions.Default.Dialect.With([], allowUnknownKeywords: true);
        return (document, new BuildOptions { SchemaRegistry = registry, Dialect = dialect });
    }

    // JSON Pointer escaping of one reference token.
    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    // Paths hold {braces}, which may not stand raw in a URI fragment.
    private static string EncodeFragment(string pointer) =>
        pointer.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal);
}
