using CsCheck;
using ForumHelper.Core.Facts;

namespace ForumHelper.Tests.Support;

/// <summary>
/// Any facts the binder could produce, from the catalog itself so that a new fact is generated too:
/// every choice, the bounds and the middle of every range, unknown where allowed, and only facts that
/// apply to the marketplace.
/// </summary>
internal static class GeneratedFacts
{
    public static readonly Gen<DisputeFacts> Any = Gen.Select(
        Gen.OneOfConst(Enum.GetValues<Marketplace>()),
        Gen.Int[0, 1_000_000].Array[FactCatalog.DecisionFactCount],
        (marketplace, draws) =>
        {
            var codes = FactCatalog.DecisionFacts.Select((fact, i) =>
            {
                if ((!fact.Required && draws[i] % 5 == 0) || !fact.AppliesTo(marketplace))
                {
                    return FactVector.Unknown;
                }

                return fact.Kind switch
                {
                    FactKind.Choice => draws[i] % fact.Choices.Count,
                    FactKind.Boolean => draws[i] % 2,
                    _ => (draws[i] % 3) switch { 0 => fact.Min, 1 => fact.Max, _ => fact.Min + (draws[i] % (fact.Max - fact.Min + 1)) },
                };
            }).ToArray();
            return DisputeFacts.FromVector(new FactVector(codes), marketplace);
        });
}
