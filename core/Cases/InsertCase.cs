namespace ForumHelper.Core.Cases;

/// <summary>Stores a newly answered case.</summary>
public sealed record InsertCase(CaseRecord Case) : CaseWrite;
