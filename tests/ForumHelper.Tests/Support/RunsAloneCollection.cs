namespace ForumHelper.Tests.Support;

/// <summary>
/// Tests that time the server in real time: they run after the parallel tests, one at a time, so a
/// slow answer means the server was slow, not that the two cores were busy with other tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAloneCollection
{
    public const string Name = "Runs alone";
}
