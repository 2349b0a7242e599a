using ForumHelper.Bot.Discord.Model;

namespace ForumHelper.Bot.Discord;

/// <summary>The values a member entered in a modal, by each input's custom id, whatever rows or labels hold them.</summary>
public static class ModalValues
{
    public static IReadOnlyDictionary<string, string> From(InteractionData? data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(data?.Components, values, depth: 0);
        return values;
    }

    private static void Collect(IReadOnlyList<SubmittedComponent?>? components, Dictionary<string, string> values, int depth)
    {
        // Modals nest two levels (row or label, then input); anything deeper is not a form Discord sends.
        if (components is null || depth > 2)
        {
            return;
        }

        foreach (var component in components)
        {
            if (component is null)
            {
                continue;
            }

            if (component.CustomId is { } id && (component.Value ?? (component.Values is { } chosen ? string.Join(",", chosen) : null)) is { } value)
            {
                values.TryAdd(id, value);
            }

            Collect(component.Components, values, depth + 1);
            Collect(component.Component is { } child ? [child] : null, values, depth + 1);
        }
    }
}
