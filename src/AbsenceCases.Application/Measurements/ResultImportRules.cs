using AbsenceCases.Application.Imports;
using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.Measurements;

/// <summary>
/// The rules of a measurement's results file, unit_code;dimension;score;respondents;invited: a stored unit, a score
/// from 0 to 100 with at most two decimals, no more respondents than invited, and each unit's dimension once.
/// </summary>
public sealed class ResultImportRules(ImportErrors errors, IReadOnlyDictionary<string, int> unitIds)
{
    public static readonly IReadOnlyList<string> Columns = ["unit_code", "dimension", "score", "respondents", "invited"];

    private readonly Dictionary<(int UnitId, string Dimension), int> _lines = [];

    /// <summary>The figures of a row whose fields were read (null where a field was bad), or null with the reasons.</summary>
    public ResultFigures? Row(int line, string? unitCode, string? dimension, decimal? score, int? respondents, int? invited)
    {
        int? unitId = null;
        if (unitCode is not null)
        {
            unitId = unitIds.TryGetValue(unitCode, out var id) ? id : null;
            if (unitId is null)
            {
                errors.Add(line, "unit_code", ImportCodes.UnknownUnit, ("value", unitCode));
            }
        }

        if (score is { } value && !ResultFigures.IsScore(value))
        {
            errors.Add(line, "score", MeasurementCodes.ScoreOutOfRange, ("value", value));
            score = null;
        }

        if (respondents is { } answered && invited is { } asked && !ResultFigures.AreCounts(answered, asked))
        {
            errors.Add(line, "respondents", MeasurementCodes.RespondentsAboveInvited, ("respondents", answered), ("invited", asked));
            respondents = null;
        }

        if (unitId is not { } unit || dimension is null)
        {
            return null;
        }

        if (!_lines.TryAdd((unit, dimension), line))
        {
            errors.Add(line, "dimension", MeasurementCodes.DimensionTwice, ("line", _lines[(unit, dimension)]));
            return null;
        }

        return score is null || respondents is null || invited is null ? null : new ResultFigures(unit, dimension, score.Value, respondents.Value, invited.Value);
    }
}
