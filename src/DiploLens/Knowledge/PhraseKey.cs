using DiploLens.Analysis;

namespace DiploLens.Knowledge;

/// <summary>
/// The matching key of a phrase: its tokens (same <see cref="Tokenizer"/> as the text), folded. Two phrases with the
/// same key are indistinguishable to the matchers, so "U.N." and "U N", or "Liên hợp quốc" and "Lien Hop Quoc", share one.
/// </summary>
public static class PhraseKey
{
    public static string[] Tokens(string phrase) =>
        Tokenizer.Tokenize(phrase).Select(s => TextFolder.Fold(phrase.AsSpan(s.Start, s.Length))).ToArray();

    public static string Of(string phrase) => string.Join(' ', Tokens(phrase));
}
