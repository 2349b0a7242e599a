using ForumHelper.Core.Facts;

namespace ForumHelper.Core.Policies;

/// <summary>
/// A test of one fact: which codes it accepts. Choices and booleans are a bit mask of ordinals;
/// numbers are inclusive ranges. Either form may also accept an unknown fact.
/// </summary>
public sealed class FactTest
{
    private readonly (int Low, int High)[] _ranges;
    private readonly bool _isNumber;

    public FactTest(FactDefinition fact, bool acceptsUnknown, ulong choiceMask, IReadOnlyList<(int Low, int High)> ranges)
    {
        Fact = fact;
        FactIndex = fact.Index;
        AcceptsUnknown = acceptsUnknown;
        ChoiceMask = choiceMask;
        _ranges = [.. ranges];
        _isNumber = fact.Kind == FactKind.Integer;
    }

    public FactDefinition Fact { get; }

    /// <summary>The fact's position in the vector, kept here so matching does not chase references.</summary>
    public int FactIndex { get; }
    public bool AcceptsUnknown { get; }
    public ulong ChoiceMask { get; }
    public IReadOnlyList<(int Low, int High)> Ranges => _ranges;

    public bool Accepts(int code)
    {
        if (code == FactVector.Unknown)
        {
            return AcceptsUnknown;
        }

        if (!_isNumber)
        {
            return (ChoiceMask & (1UL << code)) != 0;
        }

        foreach (var (low, high) in _ranges)
        {
            if (code >= low && code <= high)
            {
                return true;
            }
        }

        return false;
    }
}
