using ForumHelper.Core.Facts;
using Spectre.Console;

namespace ForumHelper.Bot.Cli;

/// <summary>A choice prompt in an interactive terminal (arrow keys and Enter), each value with its hint.</summary>
internal sealed class SpectreFactPrompt : IFactPrompt
{
    public int Choose(FactDefinition fact)
    {
        var codes = Enumerable.Range(0, fact.Choices.Count).ToList();
        var prompt = new SelectionPrompt<int>()
            .Title(Markup.Escape($"{fact.Description} ({fact.Name})?"))
            .PageSize(Math.Max(3, codes.Count))
            .UseConverter(code => Markup.Escape(fact.ChoiceHints.TryGetValue(fact.Choices[code], out var hint) ? $"{fact.Choices[code]}: {hint}" : fact.Choices[code]))
            .AddChoices(codes);
        return AnsiConsole.Prompt(prompt);
    }
}
