using ForumHelper.Core.Answers;
using ForumHelper.Core.DataFiles;

namespace ForumHelper.Bot.Discord;

/// <summary>One recent answer: the case as answered, the book that worded it, whose it is, and until when it is kept.</summary>
public sealed record RecentCase(AnsweredCase Answered, AnswerBook Book, string Member, DateTimeOffset Until);
