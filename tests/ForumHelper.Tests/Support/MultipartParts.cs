using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ForumHelper.Tests.Support;

/// <summary>Reads a recorded multipart/form-data body into its parts, checking each is <c>form-data</c> with a name.</summary>
internal static class MultipartParts
{
    public static async Task<IReadOnlyList<(string Name, string? FileName, string? ContentType, byte[] Body)>> ReadAsync(string? contentType, byte[] body)
    {
        var type = MediaTypeHeaderValue.Parse(contentType);
        Assert.Equal("multipart/form-data", type.MediaType.Value);
        var reader = new MultipartReader(HeaderUtilities.RemoveQuotes(type.Boundary).Value!, new MemoryStream(body));
        var parts = new List<(string, string?, string?, byte[])>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            Assert.True(ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition), section.ContentDisposition);
            Assert.Equal("form-data", disposition.DispositionType.Value);
            using var content = new MemoryStream();
            await section.Body.CopyToAsync(content);
            parts.Add((HeaderUtilities.RemoveQuotes(disposition.Name).Value!, HeaderUtilities.RemoveQuotes(disposition.FileName).Value, section.ContentType, content.ToArray()));
        }

        return parts;
    }
}
