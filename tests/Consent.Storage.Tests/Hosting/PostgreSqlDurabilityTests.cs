using Consent.Storage.Tests.Storage;

namespace Consent.Storage.Tests.Hosting;

/// <summary>Crash and shutdown durability of the PostgreSQL store.</summary>
public sealed class PostgreSqlDurabilityTests : DurabilityContract<PostgreSqlStore>;
