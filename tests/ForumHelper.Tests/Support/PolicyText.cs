namespace ForumHelper.Tests.Support;

/// <summary>A small valid policy file, with the rules (and optional extra paths) a test wants.</summary>
internal static class PolicyText
{
    public const string Paths = """
        paths:
          accept-cancellation:
            open-when: { asked-by: buyer }
            rate: cancellation
            money: refund-all
            review-risk:
              - { when: { stage: delivered }, is: medium }
              - { is: low }
            warning-risk:
              - { is: none }
          wait:
            open-when: { asked-by: nobody }
            rate: none
            money: keep
            review-risk:
              - { is: low }
            warning-risk:
              - { is: none }
        """;

    public static string With(string rules, string extra = "") => $"""
        marketplace: fiverr
        name: Fiverr
        checked-on: 2026-11-25
        tracks-completion-rate: true
        numbers:
          completion-window-days: 60
          answer-window-hours: 48
          very-late-hours: 24
          partial-refund-min-order: 50
          partial-refund-max-percent: 60
          partial-refund-min-amount: 5
          cancelled-review-days: 5
          rating-window-years: 2
          auto-complete-days: 3
          dispute-window-days: 14
        {Paths}
        {extra}
        rules:
        {rules}
        """;
}
