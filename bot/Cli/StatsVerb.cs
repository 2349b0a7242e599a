using System.CommandLine;
using ForumHelper.Bot.Configuration;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Facts;
using Microsoft.Extensions.Configuration;

namespace ForumHelper.Bot.Cli;

/// <summary><c>stats</c>: what disputes members bring and how the advice fares, as a table, CSV, JSON or a PNG chart.</summary>
internal static class StatsVerb
{
    private static readonly string[] Formats = ["table", "csv", "json"];

    public static Command Create(CliConsole console, IConfiguration configuration)
    {
        var days = new Option<int>("--days") { Description = $"The period: the last N days, 1–{CaseStats.MaxDays}", DefaultValueFactory = _ => 30 };
        var by = new Option<string>("--by") { Description = "Group by: " + string.Join(", ", WireNames.Of<CaseGrouping>()), DefaultValueFactory = _ => "recommendation" };
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        var chart = new Option<string?>("--chart") { Description = "Also draw a bar chart of the grouping into this PNG file" };
        var command = new Command("stats", "Statistics of the logged cases (anonymized; small groups withheld)") { days, by, format, chart };
        command.SetAction(parse => Run(parse.GetValue(days), parse.GetValue(by)!, parse.GetValue(format)!, parse.GetValue(chart), console, configuration));
        return command;
    }

    private static int Run(int days, string by, string format, string? chartPath, CliConsole console, IConfiguration configuration)
    {
        if (days is < 1 or > CaseStats.MaxDays)
        {
            console.Error.WriteLine($"--days must be a whole number of days from 1 to {CaseStats.MaxDays} (ten years), not {days}.");
            return ExitCodes.Usage;
        }

        if (Choice<CaseGrouping>(by, "--by", console) is not { } grouping)
        {
            return ExitCodes.Usage;
        }

        if (!Formats.Contains(format))
        {
            var nearest = NearestMatch.Find(format, Formats);
            console.Error.WriteLine($"--format must be one of {string.Join(", ", Formats)}, not `{format}`." + (nearest is null ? "" : $" Did you mean `{nearest}`?"));
            return ExitCodes.Usage;
        }

        var settings = Settings.Load(configuration);
        if (!settings.IsSuccess)
        {
            SettingsReport.Write(settings.Problems, console);
            return ExitCodes.Usage;
        }

        var opened = CaseStores.Open(settings.Value.Storage);
        if (!opened.IsSuccess)
        {
            console.Error.WriteLine(opened.Problems[0]);
            return ExitCodes.DataProblems;
        }

        using var store = opened.Value;
        var report = new CaseStats(store, settings.Value.Privacy.MinGroupSize).Report(grouping, days, DateTimeOffset.UtcNow);
        console.Out.Write(format switch
        {
            "csv" => StatsCsvRenderer.Render(report),
            "json" => StatsJsonRenderer.Render(report) + "\n",
            _ => StatsTableRenderer.Render(report),
        });

        if (chartPath is not null)
        {
            StatsChartRenderer.Render(report, chartPath);
            console.Error.WriteLine($"Chart written to {chartPath}.");
        }

        return ExitCodes.Success;
    }

    private static TEnum? Choice<TEnum>(string text, string option, CliConsole console) where TEnum : struct, Enum
    {
        if (WireNames.Parse<TEnum>(text) is { } value)
        {
            return value;
        }

        var names = WireNames.Of<TEnum>();
        var nearest = NearestMatch.Find(text, names);
        console.Error.WriteLine($"{option} must be one of {string.Join(", ", names)}, not `{text}`." + (nearest is null ? "" : $" Did you mean `{nearest}`?"));
        return null;
    }
}
