namespace DiploLens.Analysis;

/// <summary>One step of an analyzer: rewrites a term, or drops the token by returning null.</summary>
public interface ITokenFilter
{
    string? Apply(string term);
}
