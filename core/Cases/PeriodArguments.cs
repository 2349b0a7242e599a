namespace ForumHelper.Core.Cases;

/// <summary>The parameters of a period's queries (<c>@From</c>, <c>@To</c>, <c>@Server</c>, <c>@Transport</c>): a named type, so Dapper.AOT binds them at build time.</summary>
internal sealed record PeriodArguments(long From, long To, string? Server, string? Transport);
