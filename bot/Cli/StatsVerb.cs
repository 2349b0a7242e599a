using System.CommandLine;
using System.Globalization;
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
        var chart = new Option<string?>("--chart") { Description = "Also draw a bar chart of the grouping into this PNG file (its folder must exist)" };
        var source = new Option<string>("--source")
        {
            Description = "Which cases: discord (asked in Discord), terminal (asked with `ask`) or all",
            DefaultValueFactory = _ => "discord",
        };
        var today = new Option<string?>("--today")
        {
            Description = "Report as if today were this date (YYYY-MM-DD); the period is whole UTC days ending the day before. Default: today",
        };
        var command = new Command("stats", "Statistics of the logged cases (anonymized; small groups withheld; whole UTC days up to yesterday)") { days, by, format, chart, source, today };
        command.SetAction(parse => Run(
            new StatsRequest(parse.GetValue(days), parse.GetValue(by)!, parse.GetValue(format)!, parse.GetValue(chart), parse.GetValue(source)!, parse.GetValue(today)),
            console,
            configuration));
        return command;
    }

    private static int Run(StatsRequest request, CliConsole console, IConfiguration configuration)
    {
        var (days, by, format, chartPath, sourceText, todayText) = request;
        var now = DateTimeOffset.UtcNow;
        if (todayText is not null)
        {
            if (!DateOnly.TryParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                console.Error.WriteLine($"--today must be a date like 2026-11-26, not `{todayText}`.");
                return ExitCodes.Usage;
            }

            now = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

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

        if (Choice<CaseSource>(sourceText, "--source", console) is not { } source)
        {
            return ExitCodes.Usage;
        }

        if (chartPath is not null && ChartPathProblem(chartPath) is { } problem)
        {
            console.Error.WriteLine(problem);
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
        var report = new CaseStats(store, settings.Value.Privacy.MinGroupSize).Report(grouping, days, now, server: null, source);
        console.Out.Write(format switch
        {
            "csv" => StatsCsvRenderer.Render(report),
            "json" => StatsJsonRenderer.Render(report) + "\n",
            _ => StatsTableRenderer.Render(report),
        });

        if (LeftOutNote(report) is { } note)
        {
            // Beside a table it is part of the report (under it, after a blank line); CSV and JSON stay clean for scripts.
            if (format != "table")
            {
                console.Error.WriteLine(note);
            }
            else
            {
                console.Out.Write(report.IsEmpty ? "" : "\n");
                console.Out.WriteLine(note);
            }
        }

        if (chartPath is not null)
        {
            try
            {
                StatsChartRenderer.Render(report, StatsLabels.Humanized, chartPath);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"--chart: could not write {chartPath}: {error.Message}");
                return ExitCodes.Usage;
            }

            console.Error.WriteLine($"Chart written to {chartPath}.");
        }

        return ExitCodes.Success;
    }

    /// <summary>One line saying which cases the source left out, or null when none were.</summary>
    internal static string? LeftOutNote(StatsReport report)
    {
        if (report.LeftOut == 0)
        {
            return null;
        }

        var where = report.Source == CaseSource.Terminal ? "in Discord" : "from the terminal";
        return report.LeftOut == 1
            ? $"1 case asked {where} is left out; --source all counts it."
            : $"{report.LeftOut} cases asked {where} are left out; --source all counts them.";
    }

    /// <summary>Why a chart cannot go to this path (no such folder, or a folder itself), or null.</summary>
    private static string? ChartPathProblem(string chartPath)
    {
        var full = Path.GetFullPath(chartPath);
        if (Directory.Exists(full))
        {
            return $"--chart must name a PNG file, not the folder {chartPath}; e.g. --chart {Path.Combine(chartPath, "stats.png")}.";
        }

        var folder = Path.GetDirectoryName(full);
        return folder is null || Directory.Exists(folder)
            ? null
            : $"--chart: the folder {folder} does not exist. Create it first, or give a file in an existing folder.";
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
