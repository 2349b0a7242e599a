using System.Diagnostics.CodeAnalysis;

namespace ForumHelper.Core.Outcomes;

/// <summary>An expected outcome that is either a value or the problems that prevented it.</summary>
public sealed class Outcome<TValue, TProblem>
{
    private readonly TValue? _value;

    private Outcome(TValue? value, IReadOnlyList<TProblem> problems)
    {
        _value = value;
        Problems = problems;
    }

    public IReadOnlyList<TProblem> Problems { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Problems.Count == 0;

    /// <summary>The value; only read it when <see cref="IsSuccess"/> is true.</summary>
    public TValue? Value => IsSuccess ? _value : throw new InvalidOperationException("It failed: " + string.Join("; ", Problems));

    public static Outcome<TValue, TProblem> Success(TValue value) => new(value, []);

    public static Outcome<TValue, TProblem> Failure(IReadOnlyList<TProblem> problems) =>
        problems.Count > 0 ? new(default, problems) : throw new ArgumentException("A failure needs at least one problem.", nameof(problems));
}
