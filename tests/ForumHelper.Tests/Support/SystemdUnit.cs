namespace ForumHelper.Tests.Support;

/// <summary>A systemd unit file read as systemd reads it: sections of <c>Key=Value</c> lines, a key repeated where systemd allows it.</summary>
internal sealed class SystemdUnit
{
    private readonly List<(string Section, string Key, string Value)> _entries = [];

    public SystemdUnit(string text)
    {
        var section = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                section = line.Trim('[', ']');
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            Assert.True(equals > 0, $"not a Key=Value line: {line}");
            _entries.Add((section, line[..equals], line[(equals + 1)..]));
        }
    }

    /// <summary>The one value of a key; fails the test when it is missing or repeated.</summary>
    public string Single(string section, string key) => Assert.Single(All(section, key));

    public IReadOnlyList<string> All(string section, string key) =>
        [.. _entries.Where(e => e.Section == section && e.Key == key).Select(e => e.Value)];

    /// <summary>The service's <c>Environment=</c> assignments, each <c>"NAME=value"</c> or <c>NAME=value</c>.</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        All("Service", "Environment").Select(assignment => assignment.Trim('"')).ToDictionary(a => a[..a.IndexOf('=', StringComparison.Ordinal)], a => a[(a.IndexOf('=', StringComparison.Ordinal) + 1)..]);
}
