using DiploLens.Storage;

namespace DiploLens.Cli;

/// <summary>Opens the store named by <c>--db</c>; errors become one line on standard error.</summary>
internal static class StoreOpener
{
    public static async Task<INewsStore?> TryOpenAsync(string db, CancellationToken cancellationToken)
    {
        try
        {
            return await NewsStores.OpenAsync(db, cancellationToken: cancellationToken);
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return null;
        }
    }
}
