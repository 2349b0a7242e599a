namespace ForumHelper.Core.Policies;

/// <summary>One row of the decision table: when the condition holds, recommend a path for these reasons.</summary>
/// <param name="Id">A stable name for the row, used in reports and logs.</param>
/// <param name="When">The facts the row applies to.</param>
/// <param name="Recommendation">The path recommended (a key of the policy's paths).</param>
/// <param name="Reasons">Reason keys, in the order the answer gives them.</param>
/// <param name="Line">The line of the row in its policy file.</param>
/// <param name="Confident">False for a row that covers a case the table was not built to judge
/// (support already decided, a dispute already open): the answer then says so instead of sounding certain.</param>
public sealed record DecisionRule(string Id, Condition When, string Recommendation, IReadOnlyList<string> Reasons, int Line, bool Confident = true);
