namespace DiploLens.Language;

/// <summary>
/// The writing systems the detector tells apart before any statistics. Han and Kana are one script here
/// (<see cref="Cjk"/>) because Japanese mixes them; the model decides between Chinese and Japanese.
/// </summary>
public enum WritingScript : byte
{
    None,
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Tamil,
    Telugu,
    Thai,
    Georgian,
    Hangul,
    Cjk,
    Other,
}
