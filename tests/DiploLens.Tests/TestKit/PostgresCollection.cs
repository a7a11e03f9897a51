namespace DiploLens.Tests.TestKit;

/// <summary>Tests in this collection share one PostgreSQL server, started once for the run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
