using System.Text.Json;
using Consent.AspNetCore;
using Consent.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>Reads the real audit store: the SQLite file the sample server writes, not an API over it.</summary>
internal static class AuditStore
{
    /// <summary>The visitor's consent ID, as <c>GET /consent</c> reports it with the context's own cookies.</summary>
    public static async Task<string> ConsentIdAsync(IBrowserContext context)
    {
        var response = await context.APIRequest.GetAsync("/consent");
        using var state = JsonDocument.Parse(await response.TextAsync());
        return state.RootElement.GetProperty("consentId").GetString()!;
    }

    /// <summary>Every event recorded with one submission key (issue 14), oldest first, decoded from its canonical bytes.</summary>
    public static Task<IReadOnlyList<ConsentEvent>> EventsWithSubmissionKeyAsync(SampleServer server, string submissionKey) =>
        QueryAsync(server, "SELECT body FROM consent_events WHERE submission_key = $id ORDER BY seq;", submissionKey);

    /// <summary>Every event recorded for one consent ID, oldest first, decoded from its canonical bytes.</summary>
    public static Task<IReadOnlyList<ConsentEvent>> EventsAsync(SampleServer server, string consentId) =>
        QueryAsync(server, "SELECT body FROM consent_events WHERE consent_id = $id ORDER BY seq;", consentId);

    private static async Task<IReadOnlyList<ConsentEvent>> QueryAsync(SampleServer server, string sql, string consentId)
    {
        var file = Path.Combine(server.DataDirectory, "audit.db");
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", consentId);
        await using var reader = await command.ExecuteReaderAsync();
        var events = new List<ConsentEvent>();
        while (await reader.ReadAsync())
        {
            events.Add(ConsentEventEncoding.Decode((byte[])reader[0]));
        }

        return events;
    }
}
