namespace Consent.Storage.Tests.Storage;

/// <summary>
/// The PostgreSQL server the tests run against. A missing server fails the tests, in CI and locally: a skipped
/// PostgreSQL test would let a web-farm bug through unnoticed.
/// </summary>
internal static class PostgreSqlServer
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("CONSENT_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "CONSENT_TEST_POSTGRES is not set, so the PostgreSQL tests cannot run" +
                (Environment.GetEnvironmentVariable("CI") == "true" ? " in CI: .ci/run must start PostgreSQL first." : ". Run `bash .ci/postgres.sh`, export the CONSENT_TEST_POSTGRES connection string it prints, and run the tests again."));
}
