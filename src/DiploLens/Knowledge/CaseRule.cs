namespace DiploLens.Knowledge;

/// <summary>
/// How a gazetteer form must be written in the text, derived from how the data writes it: acronyms (UN, ONU) only in
/// capitals, so French "un" is not the UN; capitalised names only with a capital first letter, so "turkey" is no country.
/// </summary>
public enum CaseRule
{
    Any,
    Capitalized,
    Acronym,
}
