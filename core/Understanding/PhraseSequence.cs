namespace ForumHelper.Core.Understanding;

/// <summary>
/// Parts of a phrase in order: the whole phrase, or one way of a group. A way knows where matching
/// resumes once it is through (the part after its group, in the enclosing sequence), so matching
/// needs no bookkeeping of its own and allocates nothing.
/// </summary>
internal sealed class PhraseSequence
{
    public PhraseSequence(PhraseNode[] nodes)
    {
        Nodes = nodes;
        for (var i = 0; i < nodes.Length; i++)
        {
            foreach (var way in nodes[i].Ways)
            {
                way.Parent = this;
                way.ResumeAt = i + 1;
            }
        }
    }

    public PhraseNode[] Nodes { get; }

    /// <summary>The enclosing sequence, or null for the whole phrase.</summary>
    public PhraseSequence? Parent { get; private set; }

    /// <summary>Where matching goes on in <see cref="Parent"/> after this way.</summary>
    public int ResumeAt { get; private set; }
}
