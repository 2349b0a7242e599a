using System.Numerics;
using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Policies;

/// <summary>
/// Proves a decision table complete by reasoning over its conditions, not by trying situations.
/// Each fact's values fall into a few atoms (each choice, unknown, and one interval per range the
/// rules tell apart); a rule's <c>when</c> is then a box: a set of atoms per fact. Walking the rules
/// in order, the situations still unanswered are kept as disjoint boxes; each rule answers its
/// intersection with them (empty: it never fires) and leaves the difference. Whatever remains at
/// the end reaches no rule. The work grows with rules and facts, not with the product of the
/// facts' values, which with sixteen facts is far beyond enumeration.
/// </summary>
public static class TableAnalysis
{
    private const int MaxExamples = 5;

    /// <summary>The most atoms one fact may have: a box keeps a fact's atoms as the bits of one word.</summary>
    public const int MaxAtoms = 64;

    public static TableReport Analyze(DecisionTable table)
    {
        var atoms = table.Representatives;
        var full = atoms.Select(a => AllAtoms(a.Count)).ToArray();
        var open = new List<ulong[]> { full };
        var witnesses = new Dictionary<DecisionRule, FactVector>();
        var neverFiring = new List<DecisionRule>();

        foreach (var rule in table.Rules)
        {
            var box = BoxOf(rule.When, atoms);
            var next = new List<ulong[]>(open.Count);
            int[]? witness = null;
            foreach (var region in open)
            {
                var overlap = Intersect(region, box);
                if (overlap is null)
                {
                    next.Add(region);
                    continue;
                }

                var lowest = Lowest(overlap);
                if (witness is null || Compare(lowest, witness) < 0)
                {
                    witness = lowest;
                }

                Subtract(region, box, next);
            }

            if (witness is null)
            {
                neverFiring.Add(rule);
            }
            else
            {
                witnesses[rule] = Situation(witness, atoms);
            }

            open = next;
        }

        var unanswered = open.Sum(Size);
        var examples = open.Select(Lowest).OrderBy(lowest => lowest, Comparer<int[]>.Create(Compare))
            .Take(MaxExamples).Select(lowest => Situation(lowest, atoms)).ToList();
        return new TableReport(Size(full), neverFiring, unanswered, examples, witnesses);
    }

    private static ulong AllAtoms(int count) => count >= MaxAtoms ? ulong.MaxValue : (1UL << count) - 1;

    /// <summary>The atoms of each fact a condition accepts.</summary>
    private static ulong[] BoxOf(Condition condition, IReadOnlyList<IReadOnlyList<int>> atoms)
    {
        var box = atoms.Select(a => AllAtoms(a.Count)).ToArray();
        foreach (var test in condition.Tests)
        {
            var accepted = 0UL;
            var representatives = atoms[test.FactIndex];
            for (var atom = 0; atom < representatives.Count; atom++)
            {
                // An atom is an interval no rule splits, so its representative speaks for all of it.
                if (test.Accepts(representatives[atom]))
                {
                    accepted |= 1UL << atom;
                }
            }

            box[test.FactIndex] &= accepted;
        }

        return box;
    }

    private static ulong[]? Intersect(ulong[] a, ulong[] b)
    {
        var result = new ulong[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            result[i] = a[i] & b[i];
            if (result[i] == 0)
            {
                return null;
            }
        }

        return result;
    }

    /// <summary>Adds <paramref name="region"/> minus <paramref name="box"/> as disjoint boxes: one per fact where the box leaves something out.</summary>
    private static void Subtract(ulong[] region, ulong[] box, List<ulong[]> into)
    {
        var prefix = (ulong[])region.Clone();
        for (var i = 0; i < region.Length; i++)
        {
            var outside = region[i] & ~box[i];
            if (outside != 0)
            {
                var piece = (ulong[])prefix.Clone();
                piece[i] = outside;
                into.Add(piece);
            }

            prefix[i] = region[i] & box[i];
        }
    }

    private static int[] Lowest(ulong[] region) => region.Select(mask => BitOperations.TrailingZeroCount(mask)).ToArray();

    private static int Compare(int[] a, int[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return 0;
    }

    private static FactVector Situation(int[] atomIndexes, IReadOnlyList<IReadOnlyList<int>> atoms) =>
        new(atomIndexes.Select((atom, fact) => atoms[fact][atom]).ToArray());

    // At most 64 atoms for each of 16 facts would overflow; real tables have a handful per fact.
    private static long Size(ulong[] region) => region.Aggregate(1L, (product, mask) => checked(product * BitOperations.PopCount(mask)));
}
