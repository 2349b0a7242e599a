using System.Security.Cryptography;
using System.Text;
using ForumHelper.Core.Answers;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Outcomes;
using ForumHelper.Core.Policies;
using ForumHelper.Core.Understanding;
using ForumHelper.Core.Yaml;

namespace ForumHelper.Core.DataFiles;

/// <summary>
/// Loads and fully checks a data folder (<c>policies/*.yaml</c>, <c>answers/*.yaml</c>,
/// <c>understanding/*.yaml</c>): each file on its own, then across files (every recommendation and reason has words, every table is
/// complete, every rule can fire, every rendered answer fits the limits). All or nothing.
/// </summary>
public static class DataSetLoader
{
    public const string PoliciesFolder = "policies";
    public const string AnswersFolder = "answers";
    public const string UnderstandingFolder = "understanding";

    /// <summary>The folders a data set is read from; nothing else in the data folder changes what members are told.</summary>
    public static readonly IReadOnlyList<string> Folders = [PoliciesFolder, AnswersFolder, UnderstandingFolder];

    /// <summary>Reads the folder and runs every check (reloads, <c>check-data</c>, the verbs).</summary>
    public static Outcome<DataSet, DataProblem> Load(string dataDirectory) => Load(dataDirectory, marker: null, trustMarker: false);

    /// <summary>
    /// Reads the folder; runs the exhaustive checks (every rule fires, every table complete, every
    /// answer fits, every understanding example reads as it says) unless <paramref name="trustMarker"/> and
    /// <paramref name="marker"/> vouches for exactly these files and this build. Every file is still
    /// parsed, and any problem in it still fails the load. After a full check that passes, the marker is written.
    /// </summary>
    public static Outcome<DataSet, DataProblem> Load(string dataDirectory, DataCheckMarker? marker, bool trustMarker)
    {
        var problems = new List<DataProblem>();
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var policies = new Dictionary<Marketplace, MarketplacePolicy>();
        var books = new Dictionary<string, AnswerBook>(StringComparer.Ordinal);
        var readers = new Dictionary<string, UnderstandingBook>(StringComparer.Ordinal);

        // Every file is read (and hashed) first, so the content hash is known before anything is checked.
        var policyFiles = ReadFolder(dataDirectory, PoliciesFolder, problems, hash);
        var answerFiles = ReadFolder(dataDirectory, AnswersFolder, problems, hash);
        var understandingFiles = ReadFolder(dataDirectory, UnderstandingFolder, problems, hash);
        var contentHash = Convert.ToHexStringLower(hash.GetHashAndReset());
        var skipChecks = trustMarker && marker is not null && problems.Count == 0 && marker.Vouches(contentHash);

        foreach (var file in policyFiles)
        {
            var policy = PolicyLoader.Load(file);
            problems.AddRange(file.Problems);
            if (policy is null)
            {
                continue;
            }

            var expectedName = WireNames.Of(policy.Marketplace) + ".yaml";
            if (!file.DisplayPath.EndsWith(expectedName, StringComparison.Ordinal))
            {
                problems.Add(new DataProblem(file.DisplayPath, 1, $"the file sets `marketplace: {WireNames.Of(policy.Marketplace)}`, so it must be named {expectedName}"));
            }
            else
            {
                policies[policy.Marketplace] = policy;
            }
        }

        foreach (var file in answerFiles)
        {
            var book = AnswerBookLoader.Load(file);
            problems.AddRange(file.Problems);
            if (book is not null)
            {
                books[book.Locale] = book;
            }
        }

        foreach (var file in understandingFiles)
        {
            var reader = UnderstandingBookLoader.Load(file, checkExamples: !skipChecks);
            problems.AddRange(file.Problems);
            if (reader is not null)
            {
                readers[reader.Locale] = reader;
            }
        }

        foreach (var marketplace in Enum.GetValues<Marketplace>().Where(m => !policies.ContainsKey(m) && !policyFiles.Any(f => f.DisplayPath.EndsWith(WireNames.Of(m) + ".yaml", StringComparison.Ordinal))))
        {
            problems.Add(new DataProblem(Display(dataDirectory, PoliciesFolder), 1, $"no policy file for {WireNames.Of(marketplace)}: add policies/{WireNames.Of(marketplace)}.yaml"));
        }

        if (!books.ContainsKey(DataSet.DefaultLocale) && problems.Count == 0)
        {
            problems.Add(new DataProblem(Display(dataDirectory, AnswersFolder), 1, $"no answers file for the default locale: add answers/{DataSet.DefaultLocale}.yaml"));
        }

        if (!readers.ContainsKey(DataSet.DefaultLocale) && problems.Count == 0)
        {
            problems.Add(new DataProblem(Display(dataDirectory, UnderstandingFolder), 1, $"no understanding file for the default locale: add understanding/{DataSet.DefaultLocale}.yaml"));
        }

        if (problems.Count > 0)
        {
            return Outcome<DataSet, DataProblem>.Failure(problems);
        }

        var version = contentHash[..12];
        // Each book is told the version it is part of: the footer and the case log name it.
        var versioned = books.ToDictionary(pair => pair.Key, pair => pair.Value with { Version = version });
        DataSet Make(DataCheckNote check) => new() { Policies = policies, Books = versioned, Understanding = readers[DataSet.DefaultLocale], Version = version, Check = check };
        if (skipChecks)
        {
            return Outcome<DataSet, DataProblem>.Success(Make(new DataCheckNote(Skipped: true, marker!.Path, MarkerProblem: null)));
        }

        var dataSet = Make(DataCheckNote.Full);
        problems.AddRange(DataSetChecker.Check(dataSet));
        if (problems.Count > 0)
        {
            return Outcome<DataSet, DataProblem>.Failure(problems);
        }

        return Outcome<DataSet, DataProblem>.Success(marker is null ? dataSet : Make(new DataCheckNote(Skipped: false, marker.Path, marker.Remember(contentHash))));
    }

    /// <summary>The SHA-256 of the files a load reads, as a <see cref="DataCheckMarker"/> names them (tests write markers with it).</summary>
    internal static string ContentHash(string dataDirectory)
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var folder in Folders)
        {
            ReadFolder(dataDirectory, folder, [], hash);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static List<YamlFile> ReadFolder(string dataDirectory, string folder, List<DataProblem> problems, IncrementalHash hash)
    {
        var path = Path.Combine(dataDirectory, folder);
        if (!Directory.Exists(path))
        {
            problems.Add(new DataProblem(Display(dataDirectory, folder), 1, $"folder `{folder}` is missing from the data folder"));
            return [];
        }

        var files = new List<YamlFile>();
        foreach (var file in Directory.GetFiles(path, "*.yaml").Order(StringComparer.Ordinal))
        {
            var yaml = YamlFile.Read(file, Display(dataDirectory, Path.Combine(folder, Path.GetFileName(file))));
            hash.AppendData(Encoding.UTF8.GetBytes(folder + "/" + Path.GetFileName(file) + "\n" + yaml.Text + "\n"));
            files.Add(yaml);
        }

        return files;
    }

    /// <summary>A path for messages: relative to the working folder when the data is below it.</summary>
    internal static string Display(string dataDirectory, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(dataDirectory, relative));
        var fromHere = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return fromHere.StartsWith("..", StringComparison.Ordinal) ? full : fromHere;
    }
}
