using System.Globalization;
using ForumHelper.Core.Cases;

namespace ForumHelper.Benchmarks.Privacy;

/// <summary>
/// <c>differencing</c>: how many single cases a moderator can single out by subtracting one
/// <c>/case-stats</c> report from another, on a synthetic server. Each day of a month the moderator
/// asks for a set of window lengths; every count shown (current and previous period, zeros
/// included, withheld ones not) is an equation over the group's daily counts, and the equations
/// are solved together. A day-and-group cell holding 1 or 2 cases that they fix exactly is a case
/// singled out, which the minimum group size was meant to prevent. Measures the finished calendar
/// months <c>/case-stats</c> allows and, for comparison, the free <c>days</c> it allowed before and fixed menus of lengths.
/// </summary>
internal static class DifferencingMeasure
{
    private static readonly string[] Keys =
        ["accept-cancellation", "decline-cancellation", "ask-support", "deliver-properly", "wait", "request-cancellation", "offer-partial-refund", "request-extension"];

    public static int Run(string[] args)
    {
        var perDay = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        Console.WriteLine($"Synthetic server: {perDay.ToString(CultureInfo.InvariantCulture)} cases a day on average over 120 days, 8 recommendations (skewed), minimum group size 3.");
        Console.WriteLine("reports the moderator takes    | small cells (1-2 cases) in the month | singled out by subtracting reports");
        var policies = new (string Name, Func<DateTimeOffset, IEnumerable<StatsPeriod>> Asks)[]
        {
            ("every days:1..60 (before)", now => Enumerable.Range(1, 60).Select(days => StatsPeriod.LastDays(days, now))),
            ("days 7, 30, 90 only", now => new[] { 7, 30, 90 }.Select(days => StatsPeriod.LastDays(days, now))),
            ("days 30 only", now => [StatsPeriod.LastDays(30, now)]),
            ("finished months (/case-stats)", FinishedMonths),
        };
        foreach (var (name, asks) in policies)
        {
            var (small, exposed) = Measure(perDay, asks);
            Console.WriteLine($"{name,-30} | {small,36} | {exposed} ({(small == 0 ? 0 : 100.0 * exposed / small):0}%)");
        }

        return 0;
    }

    // Every month a moderator may ask for at that moment, from the server's first one on.
    private static IEnumerable<StatsPeriod> FinishedMonths(DateTimeOffset now)
    {
        for (var month = StatsPeriod.LastFinishedMonth(now); month.From >= Start; month = StatsPeriod.CalendarMonth(month.Month!.Value.AddMonths(-1)))
        {
            yield return month;
        }
    }

    private static readonly DateTimeOffset Start = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static (int Small, int Exposed) Measure(double perDay, Func<DateTimeOffset, IEnumerable<StatsPeriod>> asks)
    {
        using var database = new TempDatabase();
        var opened = CaseStores.Open(new StorageOptions { ConnectionString = database.ConnectionString });
        using var store = opened.IsSuccess ? opened.Value : throw new InvalidOperationException(string.Join("\n", opened.Problems));
        var random = new Random(7);
        var start = Start;
        var truth = new Dictionary<(int Day, string Key), int>();
        var writes = new List<CaseWrite>();
        long id = 1;
        for (var day = 0; day < 120; day++)
        {
            for (var n = Poisson(random, perDay); n > 0; n--)
            {
                // A skewed mix: the first recommendations are the common ones.
                var key = Keys[(int)Math.Min(Keys.Length - 1, Math.Floor(-Math.Log(1 - random.NextDouble()) * 2.2))];
                truth[(day, key)] = truth.GetValueOrDefault((day, key)) + 1;
                writes.Add(new InsertCase(new CaseRecord
                {
                    Id = id++,
                    At = start.AddDays(day).AddHours(random.Next(24)),
                    Member = "m" + random.Next(1000).ToString(CultureInfo.InvariantCulture),
                    Server = "s1",
                    Transport = Transport.Discord,
                    Marketplace = "fiverr",
                    AskedBy = "buyer",
                    Stage = "delivered",
                    Recommendation = key,
                    Rule = "synthetic",
                    AnswerVersion = "v",
                }));
            }
        }

        store.Write(writes);
        var stats = new CaseStats(store, 3);
        // One equation per shown count: the sum of a group's daily counts over the report's period
        // (and over its previous period, which the report shows too).
        var equations = Keys.ToDictionary(k => k, _ => new List<double[]>(), StringComparer.Ordinal);
        for (var today = 90; today < 120; today++)
        {
            var now = start.AddDays(today).AddHours(12);
            foreach (var period in asks(now))
            {
                var report = stats.Report(CaseGrouping.Recommendation, period);
                var (from, to, previousFrom) = (DayOf(period.From), DayOf(period.To), DayOf(period.PreviousFrom));
                foreach (var key in Keys)
                {
                    var group = report.Groups.FirstOrDefault(g => g.Key == key);
                    if (group is null || group.Count is not null)
                    {
                        equations[key].Add(Range(from, to, group?.Count ?? 0));
                    }

                    if (group is null || group.PreviousCount is not null)
                    {
                        equations[key].Add(Range(previousFrom, from, group?.PreviousCount ?? 0));
                    }
                }
            }
        }

        // A day's count is singled out when the equations determine it exactly: in the reduced
        // row echelon form, a row holds that day alone. (Totals across groups are left out, so
        // this is a lower bound on what a moderator can work out.)
        var known = new HashSet<(int Day, string Key)>();
        foreach (var key in Keys)
        {
            foreach (var day in Determined(equations[key]))
            {
                known.Add((day, key));
            }
        }

        var month = truth.Where(pair => pair.Key.Day >= 60 && pair.Value is 1 or 2).ToList();
        return (month.Count, month.Count(pair => known.Contains(pair.Key)));
    }

    private const int History = 120;

    private static int DayOf(DateTimeOffset moment) => (int)(moment - Start).TotalDays;

    private static double[] Range(int from, int to, int count)
    {
        var row = new double[History + 1];
        for (var day = Math.Max(0, from); day < to; day++)
        {
            row[day] = 1;
        }

        row[History] = count;
        return row;
    }

    /// <summary>The days whose count the equations fix exactly (Gauss–Jordan elimination).</summary>
    private static IEnumerable<int> Determined(List<double[]> rows)
    {
        var pivotRow = 0;
        var pivots = new List<(int Row, int Column)>();
        for (var column = 0; column < History && pivotRow < rows.Count; column++)
        {
            var best = Enumerable.Range(pivotRow, rows.Count - pivotRow).MaxBy(r => Math.Abs(rows[r][column]));
            if (Math.Abs(rows[best][column]) < 1e-9)
            {
                continue;
            }

            (rows[pivotRow], rows[best]) = (rows[best], rows[pivotRow]);
            var scale = rows[pivotRow][column];
            for (var c = 0; c <= History; c++)
            {
                rows[pivotRow][c] /= scale;
            }

            for (var r = 0; r < rows.Count; r++)
            {
                if (r != pivotRow && Math.Abs(rows[r][column]) > 1e-12)
                {
                    var factor = rows[r][column];
                    for (var c = 0; c <= History; c++)
                    {
                        rows[r][c] -= factor * rows[pivotRow][c];
                    }
                }
            }

            pivots.Add((pivotRow, column));
            pivotRow++;
        }

        foreach (var (row, column) in pivots)
        {
            if (Enumerable.Range(0, History).All(c => c == column || Math.Abs(rows[row][c]) < 1e-9))
            {
                yield return column;
            }
        }
    }

    private static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            product *= random.NextDouble();
            count++;
        }

        return count;
    }
}
