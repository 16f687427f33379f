namespace Consent.Storage.Tests.Storage;

/// <summary>The store contract against SQLite.</summary>
public sealed class SqliteAuditStoreTests : AuditStoreContract<SqliteStore>;
