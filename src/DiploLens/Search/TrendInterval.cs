namespace DiploLens.Search;

/// <summary>The period trend counts are grouped by. Weeks are ISO weeks starting on Monday, named by their Monday.</summary>
public enum TrendInterval
{
    Day,
    Week,
    Month,
}
