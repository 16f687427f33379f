using System.Text.Encodings.Web;
using System.Text.Json;
using Consent.Abstractions;
using Consent.Auditing;

namespace Consent.Audit.Tool.Export;

/// <summary>
/// Writes events as JSON Lines: a first line that names the schema, then one object per event with every field of
/// the event, its sequence number and chain hash. JSON escaping keeps a value inside its string, whatever it holds.
/// </summary>
internal sealed class JsonlEventWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Arabic stays readable; quotes, control and line-separator characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Stream _stream;
    private readonly Utf8JsonWriter _json;

    public JsonlEventWriter(Stream stream)
    {
        _stream = stream;
        _json = new Utf8JsonWriter(stream, Options);
    }

    public void WriteHeader(DateRange range, DateTimeOffset exportedAt)
    {
        _json.WriteStartObject();
        _json.WriteString("schema", ExportSchema.Version);
        _json.WriteString("exportedAt", UtcTimeText.Seconds(exportedAt));
        _json.WriteString("from", range.From == DateRange.All.From ? null : UtcTimeText.Seconds(range.From));
        _json.WriteString("to", range.To == DateRange.All.To ? null : UtcTimeText.Seconds(range.To));
        _json.WriteEndObject();
        EndLine();
    }

    public void Write(StoredConsentEvent stored)
    {
        _json.WriteStartObject();
        _json.WriteNumber("seq", stored.Sequence);
        _json.WriteString("hash", stored.Hash);
        if (stored.Event is not { } e)
        {
            _json.WriteBoolean("purged", true);
            _json.WriteEndObject();
            EndLine();
            return;
        }

        _json.WriteString("consentId", e.ConsentId.ToString());
        _json.WriteString("occurredAt", UtcTimeText.Ticks(e.OccurredAt));
        _json.WriteString("type", ConsentEventEncoding.TypeName(e.Type));
        _json.WriteStartArray("categories");
        foreach (var category in e.Categories)
        {
            _json.WriteStartObject();
            _json.WriteString("category", category.Category);
            _json.WriteBoolean("granted", category.Granted);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteString("policyRevision", e.PolicyRevision);
        _json.WriteString("language", e.Language);
        _json.WriteString("bannerTextHash", e.BannerTextHash);
        _json.WriteString("control", e.Control);
        _json.WriteString("host", e.Host);
        _json.WriteString("path", e.Path);
        _json.WriteBoolean("gpc", e.GlobalPrivacyControl);
        _json.WriteString("clientAddress", e.ClientAddress);
        _json.WriteString("userAgent", e.UserAgent);
        _json.WriteString("submissionKey", e.SubmissionKey);
        _json.WriteEndObject();
        EndLine();
    }

    public void Dispose() => _json.Dispose();

    private void EndLine()
    {
        _json.Flush();
        _stream.WriteByte((byte)'\n');
        _json.Reset();
    }
}
