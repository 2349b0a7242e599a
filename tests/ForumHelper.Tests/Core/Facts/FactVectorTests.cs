using ForumHelper.Core.Facts;

namespace ForumHelper.Tests.Core.Facts;

public class FactVectorTests
{
    [Fact]
    public void Set_OnACopy_LeavesTheOriginalAsItWas()
    {
        var original = new FactVector([FactVector.Unknown, 2, 5]);

        var probe = original.Copy();
        probe.Set(0, 1);
        probe.Set(2, FactVector.Unknown);

        Assert.Equal([FactVector.Unknown, 2, 5], [original[0], original[1], original[2]]);
        Assert.Equal([1, 2, FactVector.Unknown], [probe[0], probe[1], probe[2]]);
    }

    [Fact]
    public void With_OneFactReplaced_IsANewVector()
    {
        var original = new FactVector([3, 4]);

        var changed = original.With(1, 0);

        Assert.Equal(4, original[1]);
        Assert.Equal(0, changed[1]);
    }
}
