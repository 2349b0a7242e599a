using ForumHelper.Core.Answers;
using ForumHelper.Core.Disputes;

namespace ForumHelper.Core.DataFiles;

/// <summary>A dispute answered: the engine's advice, its words, and the version of the data files that gave them.</summary>
public sealed record AnsweredCase(Advice Advice, Answer Answer, string AnswerVersion);
