using System.CommandLine;
using DiploLens.Documents;
using DiploLens.Knowledge;

namespace DiploLens.Cli.Commands;

/// <summary><c>diplolens quotes [--speaker NAME|ID]</c>: the quotations of the stored articles with their speakers.</summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var speaker = new Option<string?>("--speaker") { Description = "Only this speaker: an id or a name in any spelling (Bui Thanh Son, person:bui-thanh-son)." };
        var command = new Command("quotes", "List direct quotes and reported speech with their speakers.") { speaker };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await StoreOpener.TryOpenAsync(parse.GetValue(CliOptions.Db)!, cancellationToken);
            if (store is null)
            {
                return ExitCodes.SomeInputsFailed;
            }

            var wanted = parse.GetValue(speaker);
            var key = wanted is null ? null : PhraseKey.Of(wanted);
            await foreach (var (id, document) in StoredDocuments.ReadAllAsync(store, cancellationToken))
            {
                foreach (var quote in document.TryGet(Layers.Quotations, out var q) ? q : [])
                {
                    if (wanted is not null && quote.SpeakerId != wanted && (quote.Speaker is null || PhraseKey.Of(quote.Speaker) != key))
                    {
                        continue;
                    }

                    var who = quote.Speaker ?? $"(unresolved: {quote.SpeakerText})";
                    Console.Out.WriteLine($"#{id,-5} {who,-24} {quote.Kind.ToString().ToLowerInvariant(),-8} {quote.Cue,-16} “{EntityCommand.Excerpt(document.TextOf(quote.Span))}”");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
