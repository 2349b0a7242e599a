using ForumHelper.Core.DataFiles;

namespace ForumHelper.Tests.Support;

/// <summary>The repository's data set, loaded once for all tests that only read it.</summary>
internal static class RealData
{
    private static readonly Lazy<DataSet> Loaded = new(() =>
    {
        var result = DataSetLoader.Load(RepositoryPaths.Data);
        Assert.True(result.IsSuccess, "data/ should load cleanly:\n" + string.Join("\n", result.Problems));
        return result.Value!;
    });

    public static DataSet Set => Loaded.Value;
}
