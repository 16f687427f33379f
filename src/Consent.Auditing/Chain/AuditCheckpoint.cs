using System.Globalization;

namespace Consent.Auditing;

/// <summary>
/// The state of the log at one moment: how many events it held and the chain hash of the last one (COMPLIANCE L3).
/// Export it and keep it outside the database; verifying against it detects a truncated or rewritten chain.
/// Its text form is <c>consent-checkpoint/1 &lt;count&gt; &lt;64 hex digits&gt;</c>.
/// </summary>
/// <param name="Count">The number of events, which is also the sequence number of the last one.</param>
/// <param name="HeadHash">h_Count as 64 lowercase hexadecimal digits; for an empty log, 64 zeros.</param>
public sealed record AuditCheckpoint(long Count, string HeadHash)
{
    private const string Tag = "consent-checkpoint/1";

    /// <summary>Parses the text form written by <see cref="ToString"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The checkpoint.</returns>
    /// <exception cref="FormatException">The text is not a checkpoint.</exception>
    public static AuditCheckpoint Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split(' ');
        if (parts.Length != 3 || parts[0] != Tag
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || parts[2].Length != AuditChain.HashLength * 2 || !parts[2].All(char.IsAsciiHexDigitLower))
        {
            throw new FormatException($"A checkpoint reads '{Tag} <count> <64 lowercase hex digits>'.");
        }

        return new AuditCheckpoint(count, parts[2]);
    }

    /// <summary>Writes the text form, such as <c>consent-checkpoint/1 42 9f86d0…</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Tag} {Count} {HeadHash}");
}
