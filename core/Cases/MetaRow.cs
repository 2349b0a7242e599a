namespace ForumHelper.Core.Cases;

/// <summary>One row of the <c>meta</c> table, as Dapper.AOT reads it (it binds named types, not tuples).</summary>
internal sealed record MetaRow(string Name, string Value);
