namespace ForumHelper.Core.Answers;

/// <summary>
/// The kind of step a recommendation is (let it go, defend, ask support, deliver…), with a leading
/// symbol and a colour, so two answers look different before a word of them is read.
/// </summary>
/// <param name="Name">The family's key in the answers file.</param>
/// <param name="Symbol">Shown before the recommendation's title.</param>
/// <param name="Colour">A 24-bit RGB colour, for renderers that have colour.</param>
public sealed record PathFamily(string Name, string Symbol, int Colour);
