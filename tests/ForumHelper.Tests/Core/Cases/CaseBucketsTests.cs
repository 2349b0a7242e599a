using ForumHelper.Core.Cases;

namespace ForumHelper.Tests.Core.Cases;

public class CaseBucketsTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "1-4")]
    [InlineData(4, "1-4")]
    [InlineData(5, "5-9")]
    [InlineData(9, "5-9")]
    [InlineData(10, "10-19")]
    [InlineData(37, "20-49")]
    [InlineData(99, "50-99")]
    [InlineData(100, "100+")]
    [InlineData(10000, "100+")]
    [InlineData(-1, "<0")]
    public void Orders_Number_FallsInItsRange(int orders, string expected)
    {
        Assert.Equal(expected, CaseBuckets.Orders(orders));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "1-9")]
    [InlineData(4, "1-9")]
    [InlineData(5, "1-9")]
    [InlineData(99, "50-99")]
    [InlineData(100, "100-499")]
    [InlineData(499, "100-499")]
    [InlineData(500, "500+")]
    [InlineData(10000, "500+")]
    public void Reviews_Number_FallsInItsRange(int reviews, string expected)
    {
        Assert.Equal(expected, CaseBuckets.Reviews(reviews));
    }

    [Theory]
    [InlineData(0, "<1")]
    [InlineData(1, "1-19")]
    [InlineData(4, "1-19")]
    [InlineData(5, "1-19")]
    [InlineData(20, "20-49")]
    [InlineData(99, "50-99")]
    [InlineData(100, "100-199")]
    [InlineData(500, "500+")]
    [InlineData(1234, "500+")]
    [InlineData(10000, "500+")]
    public void Value_Dollars_FallInTheirRange(int dollars, string expected)
    {
        Assert.Equal(expected, CaseBuckets.Value(dollars));
    }

    [Theory]
    [InlineData(0, "0-79")]
    [InlineData(79, "0-79")]
    [InlineData(80, "80-89")]
    [InlineData(89, "80-89")]
    [InlineData(90, "90-94")]
    [InlineData(93, "90-94")]
    [InlineData(94, "90-94")]
    [InlineData(95, "95-99")]
    [InlineData(99, "95-99")]
    [InlineData(100, "100")]
    public void Rate_Percent_FallsInItsRange(int percent, string expected)
    {
        Assert.Equal(expected, CaseBuckets.Rate(percent));
    }

    [Theory]
    [InlineData(-1, "0-79")]
    [InlineData(101, "100")]
    public void Rate_OutsideZeroToHundred_FallsInTheNearestEndRange(int percent, string expected)
    {
        Assert.Equal(expected, CaseBuckets.Rate(percent));
    }

    [Fact]
    public void Rate_EveryPercent_GetsOneOfTheFiveRangesThatHoldsIt()
    {
        string[] ranges = ["0-79", "80-89", "90-94", "95-99", "100"];
        for (var n = 0; n <= 100; n++)
        {
            var bucket = CaseBuckets.Rate(n)!;
            Assert.Contains(bucket, ranges);
            Assert.True(Holds(bucket, n), $"{n} got bucket {bucket}");
        }
    }

    [Fact]
    public void Buckets_UnknownNumber_IsNull()
    {
        Assert.Null(CaseBuckets.Rate(null));
        Assert.Null(CaseBuckets.Orders(null));
        Assert.Null(CaseBuckets.Reviews(null));
        Assert.Null(CaseBuckets.Value(null));
    }

    [Fact]
    public void Bucket_EveryNumberUpToTheTopEdge_GetsARangeThatHoldsIt()
    {
        int[] edges = [0, 1, 5, 10, 20, 50, 100];
        for (var n = 0; n <= 150; n++)
        {
            var bucket = CaseBuckets.Bucket(n, edges)!;
            Assert.True(Holds(bucket, n), $"{n} got bucket {bucket}");
        }
    }

    private static bool Holds(string bucket, int n)
    {
        if (bucket.EndsWith('+'))
        {
            return n >= int.Parse(bucket[..^1], System.Globalization.CultureInfo.InvariantCulture);
        }

        var parts = bucket.Split('-');
        var low = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var high = parts.Length == 2 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : low;
        return n >= low && n <= high;
    }
}
