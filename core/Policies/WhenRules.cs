using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Policies;

/// <summary>Picks a value from a <see cref="WhenRule{T}"/> list; the loader guarantees the last row has no condition.</summary>
public static class WhenRules
{
    public static T First<T>(IReadOnlyList<WhenRule<T>> rules, FactVector facts)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].When.Matches(facts))
            {
                return rules[i].Value;
            }
        }

        return rules[^1].Value;
    }
}
