namespace ForumHelper.Core.Answers;

/// <summary>A consequence every path has in common, said once in full rather than on every path's line.</summary>
public sealed record SharedAspect(string Label, string Text);
