using System.IO.Compression;
using System.Text;

namespace DiploLens.Evaluation;

/// <summary>Reads evaluation pages: <c>name.html.gz</c> (gzip) or plain <c>name.html</c>, as raw bytes for the extractor to decode.</summary>
public static class EvalPages
{
    public static byte[]? Read(string directory, string name)
    {
        var gz = Path.Combine(directory, name.EndsWith(".gz", StringComparison.Ordinal) ? name : name + ".gz");
        if (File.Exists(gz))
        {
            using var file = File.OpenRead(gz);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var memory = new MemoryStream();
            gzip.CopyTo(memory);
            return memory.ToArray();
        }

        var plain = Path.Combine(directory, name);
        return File.Exists(plain) ? File.ReadAllBytes(plain) : null;
    }

    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
