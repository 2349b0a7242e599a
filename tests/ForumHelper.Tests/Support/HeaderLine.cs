namespace ForumHelper.Tests.Support;

/// <summary>
/// One generated request header: its name, and how its value is made from the right signature
/// (hex) and the signed timestamp, so a test can send it and predict the answer.
/// </summary>
/// <param name="What">Printed when a case fails, e.g. "upper-case hex".</param>
/// <param name="Name">The header name as sent.</param>
/// <param name="Value">Makes the value from the right signature and the signed timestamp.</param>
internal sealed record HeaderLine(string What, string Name, Func<string, string, string> Value)
{
    public override string ToString() => $"{Name}: <{What}>";
}
