using System.Buffers.Binary;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Rendering;

public class StatsChartRendererTests
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static TheoryData<string> ReportNames() =>
        ["normal", "empty", "one-day", "one-group", "many", "all-withheld", "no-previous-shown", "long-key", "zero-counts"];

    [Theory]
    [MemberData(nameof(ReportNames))]
    public void Render_AnyReport_WritesPngOfItsSize(string name)
    {
        using var folder = new TempFolder();
        var path = folder.File(name + ".png");

        var report = ReportNamed(name);

        StatsChartRenderer.Render(report, StatsLabels.Humanized, path);

        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 33, "too short for a PNG");
        Assert.Equal(PngSignature, bytes[..8]);
        // The first chunk is IHDR: length (4), type (4), then width and height, big-endian.
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(StatsChartRenderer.Size(report, StatsLabels.Humanized), (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4))));
    }

    [Fact]
    public void Size_ManyGroups_NeverTallerThanAPhoneShowsReadably()
    {
        var (width, height) = StatsChartRenderer.Size(StatsReports.Many(), StatsLabels.Humanized);

        Assert.Equal(StatsChartRenderer.Width, width);
        Assert.InRange(height, StatsChartRenderer.MaxHeight - 120, StatsChartRenderer.MaxHeight);
    }

    [Fact]
    public void Size_MoreGroups_Taller()
    {
        var one = StatsChartRenderer.Size(StatsReports.OneGroup(), StatsLabels.Humanized).Height;
        var four = StatsChartRenderer.Size(StatsReports.Normal(), StatsLabels.Humanized).Height;

        Assert.True(four > one + 150, $"{four} px for five groups, {one} px for one");
    }

    private static StatsReport ReportNamed(string name) => name switch
    {
        "normal" => StatsReports.Normal(),
        "empty" => StatsReports.Empty(),
        "one-day" => StatsReports.Empty(days: 1),
        "one-group" => StatsReports.OneGroup(),
        "many" => StatsReports.Many(),
        "all-withheld" => StatsReports.AllWithheld(),
        "no-previous-shown" => StatsReports.NoPreviousShown(),
        "long-key" => StatsReports.Report(30, 5, 0, 3, [new StatsGroup(new string('x', 200), 5, 1.0, 0, 5)], []),
        "zero-counts" => StatsReports.Report(30, 2, 6, null, [new StatsGroup("wait-for-buyer", 0, 0.0, 6, -6), new StatsGroup("open-dispute", null, null, null, null)], []),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
