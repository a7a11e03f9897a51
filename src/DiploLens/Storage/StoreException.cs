namespace DiploLens.Storage;

/// <summary>The store cannot be opened or used: the message names the database and the problem.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
