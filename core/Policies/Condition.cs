using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Policies;

/// <summary>A <c>when:</c> block: every listed fact test must accept; facts not listed are free.</summary>
public sealed class Condition
{
    public static readonly Condition Always = new([]);

    private readonly FactTest[] _tests;

    public Condition(IReadOnlyList<FactTest> tests) => _tests = [.. tests];

    public IReadOnlyList<FactTest> Tests => _tests;

    public bool Matches(FactVector facts)
    {
        // An array, not the interface: matching runs thousands of times per answer.
        foreach (var test in _tests)
        {
            if (!test.Accepts(facts[test.FactIndex]))
            {
                return false;
            }
        }

        return true;
    }
}
