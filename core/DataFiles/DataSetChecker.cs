using ForumHelper.Core.Answers;
using ForumHelper.Core.Disputes;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Policies;
using ForumHelper.Core.Yaml;

namespace ForumHelper.Core.DataFiles;

/// <summary>The checks across files: words for every key the policies use, complete tables, and answers that fit.</summary>
internal static class DataSetChecker
{
    // A fixed day late in a month with a long name, so dates render at their longest.
    private static readonly DateOnly CheckDay = new(2026, 11, 30);

    public static IEnumerable<DataProblem> Check(DataSet data)
    {
        // Rendering needs every key, so books with missing texts are not measured.
        var measurable = new List<AnswerBook>();
        foreach (var book in data.Books.Values)
        {
            var keyProblems = CheckKeys(data, book).ToList();
            if (keyProblems.Count == 0)
            {
                measurable.Add(book);
            }

            foreach (var problem in keyProblems)
            {
                yield return problem;
            }
        }

        foreach (var policy in data.Policies.Values)
        {
            var split = FactCatalog.DecisionFacts.FirstOrDefault(f => policy.Table.Representatives[f.Index].Count > TableAnalysis.MaxAtoms);
            if (split is not null)
            {
                yield return new DataProblem(policy.File, 1, $"the rules split `{split.Name}` into more than {TableAnalysis.MaxAtoms} ranges; use fewer distinct numbers in its tests");
                continue;
            }

            var report = TableAnalysis.Analyze(policy.Table);
            foreach (var rule in report.NeverFiring)
            {
                yield return new DataProblem(policy.File, rule.Line, $"rule `{rule.Id}` never fires: every situation it covers is answered by an earlier rule");
            }

            if (report.UnansweredCount > 0)
            {
                var examples = string.Join("; ", report.UnansweredExamples.Select(v => SlashLine.Format(DisputeFacts.FromVector(v, policy.Marketplace))));
                var line = policy.Table.Rules.Count > 0 ? policy.Table.Rules[^1].Line : 1;
                yield return new DataProblem(policy.File, line, $"{report.UnansweredCount} of {report.Combinations} situations reach no rule, e.g. {examples}");
            }

            foreach (var book in measurable)
            {
                foreach (var problem in CheckSizes(policy, book, report))
                {
                    yield return problem;
                }
            }
        }
    }

    private static IEnumerable<DataProblem> CheckKeys(DataSet data, AnswerBook book)
    {
        var usedReasons = new HashSet<string>(StringComparer.Ordinal);
        var usedPaths = new HashSet<string>(StringComparer.Ordinal);
        var usedConfirmations = new HashSet<string>(StringComparer.Ordinal);
        var usedConflicts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var policy in data.Policies.Values)
        {
            if (policy.TracksCompletionRate)
            {
                usedConflicts.Add(Advisor.RateImpossibleConflict);
                if (!book.Conflicts.ContainsKey(Advisor.RateImpossibleConflict))
                {
                    yield return new DataProblem(book.File, 1, $"no text for `conflicts.{Advisor.RateImpossibleConflict}`: {policy.DisplayName} keeps a completion rate, so a rate its orders cannot give must be named");
                }
            }

            foreach (var conflict in policy.Conflicts)
            {
                usedConflicts.Add(conflict.Key);
                if (!book.Conflicts.ContainsKey(conflict.Key))
                {
                    yield return new DataProblem(policy.File, conflict.Line, $"conflict `{conflict.Key}` has no text in {book.File} (`conflicts.{conflict.Key}`)");
                }
            }

            foreach (var path in policy.Paths.Values)
            {
                usedPaths.Add(path.Key);
                if (!book.Recommendations.ContainsKey(path.Key))
                {
                    yield return new DataProblem(policy.File, path.Line, $"path `{path.Key}` has no text in {book.File} (`recommendations.{path.Key}`)");
                }
            }

            foreach (var rule in policy.Table.Rules)
            {
                foreach (var reason in rule.Reasons)
                {
                    usedReasons.Add(reason);
                    if (!book.Reasons.ContainsKey(reason))
                    {
                        yield return new DataProblem(policy.File, rule.Line, $"rule `{rule.Id}` gives reason `{reason}`, which has no text in {book.File} (`reasons.{reason}`)");
                    }
                }
            }

            foreach (var note in policy.Table.Notes)
            {
                usedReasons.Add(note.Reason);
                if (!book.Reasons.ContainsKey(note.Reason))
                {
                    yield return new DataProblem(policy.File, note.Line, $"a note gives reason `{note.Reason}`, which has no text in {book.File} (`reasons.{note.Reason}`)");
                }
            }

            foreach (var check in policy.Confirmations)
            {
                usedConfirmations.Add(check.Key);
                if (!book.Confirmations.ContainsKey(check.Key))
                {
                    yield return new DataProblem(policy.File, check.Line, $"`confirm` asks `{check.Key}`, which has no text in {book.File} (`confirmations.{check.Key}`)");
                }
            }
        }

        foreach (var fact in FactCatalog.DecisionFacts.Where(f => !f.Required && !book.Questions.ContainsKey(f.Name)))
        {
            yield return new DataProblem(book.File, 1, $"no question for `{fact.Name}` under `questions`; every optional fact needs one");
        }

        foreach (var (key, text) in book.Reasons.Where(pair => !usedReasons.Contains(pair.Key)))
        {
            yield return new DataProblem(book.File, text.Alternatives[0].Line, $"reason `{key}` is given by no rule or note; remove it or use it");
        }

        foreach (var (key, text) in book.Recommendations.Where(pair => !usedPaths.Contains(pair.Key)))
        {
            yield return new DataProblem(book.File, text.Line, $"recommendation `{key}` is a path of no policy; remove it or add the path");
        }

        foreach (var (key, text) in book.Conflicts.Where(pair => !usedConflicts.Contains(pair.Key)))
        {
            yield return new DataProblem(book.File, text.Alternatives[0].Line, $"conflict `{key}` is named by no policy's `conflicts`");
        }

        foreach (var (key, text) in book.Confirmations.Where(pair => !usedConfirmations.Contains(pair.Key)))
        {
            yield return new DataProblem(book.File, text.Alternatives[0].Line, $"confirmation `{key}` is asked by no policy's `confirm`");
        }

        foreach (var (key, text) in book.Recommendations.Where(pair => pair.Value.Label.Length > AnswerLimits.Label || pair.Value.Title.Length > AnswerLimits.Title))
        {
            yield return new DataProblem(book.File, text.Line, $"recommendation `{key}`: the title may have {AnswerLimits.Title} characters and the label {AnswerLimits.Label}");
        }
    }

    private static IEnumerable<DataProblem> CheckSizes(MarketplacePolicy policy, AnswerBook book, TableReport report)
    {
        foreach (var (rule, witness) in report.Witnesses)
        {
            // The situation as found (unknowns left unknown), and with every number given at its longest.
            foreach (var vector in new[] { witness, WithLongNumbers(witness) })
            {
                var facts = DisputeFacts.FromVector(vector, policy.Marketplace);
                var answer = book.Render(Advisor.Advise(facts, policy, CheckDay));
                var example = SlashLine.Format(facts);
                var line = book.Recommendations[answer.Recommendation].Line;
                if (AnswerSize.FirstScreen(answer) > AnswerLimits.Description)
                {
                    yield return new DataProblem(book.File, line, $"the answer to rule `{rule.Id}` has a {AnswerSize.FirstScreen(answer)}-character first screen, over the {AnswerLimits.Description} an embed description allows ({example})");
                }

                if (AnswerSize.DetailsDescription(answer) > AnswerLimits.Description)
                {
                    yield return new DataProblem(book.File, line, $"the details of rule `{rule.Id}` have a {AnswerSize.DetailsDescription(answer)}-character description, over the {AnswerLimits.Description} an embed allows ({example})");
                }

                if (AnswerSize.DetailsField(answer) > AnswerLimits.Field)
                {
                    yield return new DataProblem(book.File, line, $"the details of rule `{rule.Id}` list the paths in a {AnswerSize.DetailsField(answer)}-character field, over the {AnswerLimits.Field} an embed field allows ({example})");
                }

                if (AnswerSize.DetailsTotal(answer) > AnswerLimits.Total)
                {
                    yield return new DataProblem(book.File, line, $"the details of rule `{rule.Id}` take {AnswerSize.DetailsTotal(answer)} characters in all, over the {AnswerLimits.Total} an embed allows ({example})");
                }

                if (answer.Footer.Length > AnswerLimits.Footer)
                {
                    yield return new DataProblem(book.File, book.Footer.Alternatives[0].Line, $"the footer is {answer.Footer.Length} characters, over {AnswerLimits.Footer}");
                }
            }
        }
    }

    private static FactVector WithLongNumbers(FactVector vector)
    {
        var codes = (int[])vector.Codes.Clone();
        foreach (var fact in FactCatalog.DecisionFacts.Where(f => f.Kind == FactKind.Integer && codes[f.Index] == FactVector.Unknown))
        {
            codes[fact.Index] = fact == FactCatalog.Rate ? 97 : fact.Max - 1;
        }

        return new FactVector(codes);
    }
}
