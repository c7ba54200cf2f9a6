using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.Measurements;

/// <summary>A unit of the subtree asked for, with its parent.</summary>
public sealed record ResultUnit(int Id, int? ParentId);

/// <summary>
/// Rolls a measurement's figures up the organisation and hides every score that would reveal the answers of fewer than
/// the minimum respondents. A unit's figures are its whole subtree's: respondents and invited summed, the score the mean
/// of the scores weighted by respondents. A unit's score is shown only when
/// <list type="number">
/// <item>its subtree has at least the minimum respondents, and</item>
/// <item>the respondents it holds beyond those of its nearest shown units below it are none or at least the minimum:
/// anyone who sees those figures can work out the score of that remainder (the unit's weighted sum minus theirs).</item>
/// </list>
/// Units are decided from the leaves up: a hidden unit leaves its respondents to the remainder of the unit above it, to
/// which the rule then applies in turn. A unit's decision depends on its own subtree only, so everybody sees the same
/// figures, whichever unit they ask for.
/// </summary>
public static class ResultRollUp
{
    /// <summary>
    /// The rows of <paramref name="rootId"/> and of each of its children that have figures, in the order of
    /// <paramref name="units"/> (the root's subtree), each unit's dimensions in ordinal order.
    /// </summary>
    public static IReadOnlyList<ResultRow> Rows(int rootId, IReadOnlyList<ResultUnit> units, IReadOnlyList<ResultFigures> figures, int minRespondents)
    {
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var dimensions = figures.Select(f => f.Dimension).Distinct().Order(StringComparer.Ordinal).ToList();
        var subtrees = dimensions.ToDictionary(
            dimension => dimension,
            dimension => new RollUp(children, figures.Where(f => f.Dimension == dimension).ToDictionary(f => f.UnitId), Math.Max(minRespondents, 1)).Of(rootId));
        return [.. new[] { rootId }.Concat(children[rootId])
            .SelectMany(unitId => dimensions
                .Select(dimension => (dimension, Subtree: subtrees[dimension].GetValueOrDefault(unitId)))
                .Where(d => d.Subtree is { HasFigures: true })
                .Select(d => d.Subtree!.Row(unitId, d.dimension)))];
    }

    private sealed record Subtree(decimal WeightedSum, int Respondents, int Invited, bool HasFigures, bool Shown)
    {
        public ResultRow Row(int unitId, string dimension) => new(
            unitId, dimension, Shown ? Math.Round(WeightedSum / Respondents, 2, MidpointRounding.AwayFromZero) : null, Respondents, Invited, !Shown);
    }

    /// <summary>One dimension's subtrees below a root, decided from the leaves up.</summary>
    private sealed class RollUp(ILookup<int, int> children, Dictionary<int, ResultFigures> own, int minRespondents)
    {
        private readonly Dictionary<int, Subtree> _subtrees = [];

        /// <summary>The respondents of each unit's nearest shown units below it.</summary>
        private readonly Dictionary<int, int> _covered = [];

        public Dictionary<int, Subtree> Of(int rootId)
        {
            Decide(rootId);
            return _subtrees;
        }

        private void Decide(int unitId)
        {
            var figures = own.GetValueOrDefault(unitId);
            decimal sum = figures is null ? 0m : figures.Score * figures.Respondents;
            int respondents = figures?.Respondents ?? 0, invited = figures?.Invited ?? 0, covered = 0;
            var hasFigures = figures is not null;
            foreach (var child in children[unitId])
            {
                Decide(child);
                var below = _subtrees[child];
                (sum, respondents, invited, hasFigures) = (sum + below.WeightedSum, respondents + below.Respondents, invited + below.Invited, hasFigures || below.HasFigures);
                covered += below.Shown ? below.Respondents : _covered[child];
            }

            var remainder = respondents - covered;
            var shown = respondents >= minRespondents && (remainder == 0 || remainder >= minRespondents);
            _subtrees[unitId] = new Subtree(sum, respondents, invited, hasFigures, shown);
            _covered[unitId] = covered;
        }
    }
}
