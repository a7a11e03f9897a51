using System.Security.Cryptography;
using System.Text;

namespace DiploLens.Documents;

/// <summary>The identity of an article's content: SHA-256 (lower-case hex) of its text in NFC with whitespace runs collapsed to one space and trimmed.</summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        var normalised = Normalise(text);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(normalised));
        return Convert.ToHexStringLower(bytes);
    }

    internal static string Normalise(string text)
    {
        var nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(nfc.Length);
        var pendingSpace = false;
        foreach (var c in nfc)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
