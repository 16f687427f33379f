namespace Consent.Storage.Tests.Storage;

/// <summary>The store contract against PostgreSQL (CONSENT_TEST_POSTGRES; see .ci/postgres.sh).</summary>
public sealed class PostgreSqlAuditStoreTests : AuditStoreContract<PostgreSqlStore>;
