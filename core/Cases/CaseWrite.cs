namespace ForumHelper.Core.Cases;

/// <summary>A change to the case log, queued so the answer never waits for the database.</summary>
public abstract record CaseWrite;
