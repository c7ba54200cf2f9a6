namespace AbsenceCases.Application.Imports;

/// <summary>Why a row or the header of an import file is refused.</summary>
[MessageCodes]
public static class ImportCodes
{
    public const string Rejected = "import.rejected";
    public const string QuoteNotClosed = "import.quoteNotClosed";
    public const string FieldCount = "import.fieldCount";
    public const string EmptyFile = "import.emptyFile";
    public const string MissingColumn = "import.missingColumn";
    public const string UnknownColumn = "import.unknownColumn";
    public const string ColumnTwice = "import.columnTwice";
    public const string MoreErrors = "import.moreErrors";
    public const string NotADate = "import.notADate";
    public const string NotANumber = "import.notANumber";
    public const string NotAWholeNumber = "import.notAWholeNumber";
    public const string PercentOutOfRange = "import.percentOutOfRange";
    public const string NotTrueOrFalse = "import.notTrueOrFalse";
    public const string NotOneOf = "import.notOneOf";
    public const string BeforeColumn = "import.beforeColumn";
    public const string UnknownEmployee = "import.unknownEmployee";
    public const string UnknownUnit = "import.unknownUnit";
    public const string OutsideEmployment = "import.outsideEmployment";
    public const string WeeklyHours = "import.weeklyHours";
    public const string NameDiffers = "import.nameDiffers";
    public const string OverlapsEmployment = "import.overlapsEmployment";
    public const string OverlapsSpell = "import.overlapsSpell";
    public const string OverlapsStoredSpell = "import.overlapsStoredSpell";
    public const string UnitCodeCharacters = "import.unitCodeCharacters";
    public const string CodeTwice = "import.codeTwice";
    public const string ParentRequired = "import.parentRequired";
    public const string ParentKind = "import.parentKind";
}
