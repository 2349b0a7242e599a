using ForumHelper.Core.Cases;

namespace ForumHelper.Benchmarks;

/// <summary>Plausible cases for load: a fixed-seed mix of facts and recommendations spread over a period.</summary>
internal static class SyntheticCases
{
    private static readonly string[] Recommendations =
        ["accept-cancellation", "decline-cancellation", "ask-support", "deliver-properly", "request-extension", "offer-partial-refund", "wait", "request-cancellation"];
    private static readonly string[] Stages = ["not-started", "in-progress", "draft-in-chat", "draft-delivered", "delivered", "completed"];
    private static readonly string[] Reasons = ["changed-mind", "not-as-expected", "scope-creep", "late", "cannot-do", "partial-refund", "other"];
    private static readonly string[] Feedbacks = ["none", "none", "none", "helpful", "not-helpful"];

    public static IEnumerable<CaseRecord> Generate(int count, DateTimeOffset end, int days, int seed = 42)
    {
        var random = new Random(seed);
        var span = TimeSpan.FromDays(days).Ticks;
        for (var i = 0; i < count; i++)
        {
            yield return new CaseRecord
            {
                Id = i + 1L,
                At = end - TimeSpan.FromTicks((long)(random.NextDouble() * span)),
                Member = "m" + random.Next(5_000).ToString("x8", System.Globalization.CultureInfo.InvariantCulture),
                Server = "s1",
                Transport = Transport.Discord,
                Marketplace = random.Next(10) == 0 ? "upwork" : "fiverr",
                AskedBy = random.Next(3) == 0 ? "me" : "buyer",
                Stage = Stages[random.Next(Stages.Length)],
                Reason = random.Next(4) == 0 ? null : Reasons[random.Next(Reasons.Length)],
                Buyer = random.Next(3) == 0 ? null : "responsive",
                Recommendation = Recommendations[random.Next(Recommendations.Length)],
                Rule = "synthetic",
                AnswerVersion = random.Next(2) == 0 ? "aaaaaaaaaaaa" : "bbbbbbbbbbbb",
                Feedback = (Feedback)Array.IndexOf(["none", "helpful", "not-helpful"], Feedbacks[random.Next(Feedbacks.Length)]),
            };
        }
    }
}
