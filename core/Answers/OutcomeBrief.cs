namespace ForumHelper.Core.Answers;

/// <summary>One path's consequences in a few words each, for a one-line comparison of the paths ("keeps the $40 · a low review is a real risk").</summary>
public sealed record OutcomeBrief(string Rate, string ReviewRisk, string WarningRisk, string Money);
