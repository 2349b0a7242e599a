namespace ForumHelper.Core.Cases;

/// <summary>Where cases are stored (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public string ConnectionString { get; set; } = "Data Source=data/forumhelper.db";
}
