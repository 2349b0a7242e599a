namespace ForumHelper.Core.Cases;

/// <summary>One numbered step of the schema; applied once, in order, inside a transaction.</summary>
public sealed record Migration(int Version, string Description, string Sql);
