namespace ForumHelper.Core.Facts;

/// <summary>
/// The decision facts as integer codes in <see cref="FactCatalog"/> order: an enum's ordinal, a
/// number's value, 0/1 for a boolean, or <see cref="Unknown"/>. Rules match on this form.
/// </summary>
public readonly struct FactVector
{
    /// <summary>The code of a fact the member did not give.</summary>
    public const int Unknown = -1;

    private readonly int[] _codes;

    public FactVector(int[] codes) => _codes = codes;

    public int this[int index] => _codes[index];

    public int Length => _codes.Length;

    /// <summary>A copy with one fact replaced, for what-if questions.</summary>
    public FactVector With(int index, int code)
    {
        var copy = (int[])_codes.Clone();
        copy[index] = code;
        return new FactVector(copy);
    }

    /// <summary>A copy to change in place with <see cref="Set"/>: probing many what-ifs without a copy for each.</summary>
    public FactVector Copy() => new((int[])_codes.Clone());

    /// <summary>Changes one fact in place: only on a vector from <see cref="Copy"/>, which nothing else holds.</summary>
    internal void Set(int index, int code) => _codes[index] = code;

    internal int[] Codes => _codes;
}
