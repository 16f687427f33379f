using Consent.Storage.Tests.Storage;

namespace Consent.Storage.Tests.Hosting;

/// <summary>Crash and shutdown durability of the SQLite store.</summary>
public sealed class SqliteDurabilityTests : DurabilityContract<SqliteStore>;
