using ForumHelper.Core.Cases;
using ForumHelper.Core.DataFiles;

namespace ForumHelper.Core.Advising;

/// <summary>A question answered: the advice and its words, and the case record to queue for the log.</summary>
public sealed record AdvisedCase(AnsweredCase Answered, CaseRecord Record);
