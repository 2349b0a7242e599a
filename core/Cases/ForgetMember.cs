namespace ForumHelper.Core.Cases;

/// <summary>
/// Deletes every case of a member, in queue order: cases of theirs still waiting to be written
/// are written first and deleted with the rest. <see cref="Deleted"/> completes with the count
/// once committed (or fails if the case log gives up).
/// </summary>
public sealed record ForgetMember(string Member) : CaseWrite
{
    public TaskCompletionSource<int> Deleted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
