using System.Globalization;
using System.Text;
using Consent.Abstractions;

namespace Consent.Auditing;

/// <summary>
/// What the chain alone cannot prove: that the banner texts events name are archived unchanged (COMPLIANCE R4), and,
/// with the site's public keys, that every event is covered by a signed checkpoint, so that nobody without the private
/// key appended it (COMPLIANCE L3).
/// </summary>
public sealed partial class AuditChainVerifier
{
    private readonly IReadOnlyList<AuditVerificationKey>? _keys;
    private Dictionary<string, bool>? _texts;
    private Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _textLookup;
    private string? _firstBadText;
    private long _signatures;
    private long _lastSigned;
    private AuditSignature? _beyondEnd;
    private readonly byte[] _lastFoundText = new byte[64];
    private int _lastFoundLength;

    /// <summary>
    /// Takes one archived banner text, before the events: its key must be the SHA-256 of its UTF-8 text in lowercase
    /// hex, and from now on every event's banner text hash must name an archived text.
    /// </summary>
    /// <param name="hash">The archive's key.</param>
    /// <param name="text">The archived text.</param>
    /// <returns>Whether the key matches the text.</returns>
    public bool AddArchivedText(string hash, string text)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(text);
        if (_texts is null)
        {
            _texts = new Dictionary<string, bool>(StringComparer.Ordinal);
            _textLookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        var matches = string.Equals(ConsentTextHash.Compute(text), hash, StringComparison.Ordinal);
        _texts[hash] = matches;
        if (!matches)
        {
            _firstBadText ??= hash;
        }

        return matches;
    }

    /// <summary>Takes the signature stored for the event just added (its count is that event's sequence number).</summary>
    /// <param name="signature">The signature.</param>
    /// <returns><see langword="false"/> once a bad event or signature has been found.</returns>
    public bool AddSignature(AuditSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (_failure is not null)
        {
            return false;
        }

        _signatures++;
        if (signature.Count > _count)
        {
            // Stored for an event the log no longer holds: judged in Complete, once the log has ended.
            _beyondEnd ??= signature;
            return true;
        }

        if (_keys is null)
        {
            return true;
        }

        if (Check(signature) is { } problem)
        {
            _failure = Fail(AuditChainProblem.SignatureMismatch, signature.Count, string.Create(CultureInfo.InvariantCulture,
                $"The signature stored for event {signature.Count} {problem}: events after event {_lastSigned} are not covered by a valid signature, so they may have been added by someone without the private key."));
            return false;
        }

        _lastSigned = signature.Count;
        return true;
    }

    private string? Check(AuditSignature signature)
    {
        if (!string.Equals(signature.HeadHash, Hex(_previous), StringComparison.Ordinal) && signature.Count == _count)
        {
            return "signs another head hash than the chain's";
        }

        var key = _keys!.FirstOrDefault(k => string.Equals(k.KeyId, signature.KeyId, StringComparison.Ordinal));
        if (key is null)
        {
            return $"names key id {ConsentEventCsv.Cell(signature.KeyId.Length > 32 ? signature.KeyId[..32] : signature.KeyId)}, which none of the public keys given has";
        }

        return key.Verify(signature) ? null : "does not verify with the public key of its key id";
    }

    private bool CheckText(long sequence, ReadOnlySpan<byte> textHash)
    {
        if (_texts is null || textHash.IsEmpty)
        {
            return true;
        }

        // Consecutive events mostly name the same text: comparing with the last one found is cheaper than a look-up.
        if (textHash.SequenceEqual(_lastFoundText.AsSpan(0, _lastFoundLength)))
        {
            return true;
        }

        Span<char> hash = stackalloc char[textHash.Length];
        Encoding.ASCII.GetChars(textHash, hash);
        if (_textLookup.TryGetValue(hash, out var matches) && matches)
        {
            if (textHash.Length == _lastFoundText.Length)
            {
                textHash.CopyTo(_lastFoundText);
                _lastFoundLength = textHash.Length;
            }

            return true;
        }

        var name = hash.ToString();
        _failure = Fail(matches ? AuditChainProblem.None : _texts.ContainsKey(name) ? AuditChainProblem.ArchivedTextMismatch : AuditChainProblem.UnarchivedText, sequence,
            _texts.ContainsKey(name)
                ? $"Event {sequence} was shown banner text {name}, but the archived text under that hash no longer hashes to it: the text was edited after it was archived (COMPLIANCE R4)."
                : $"Event {sequence} names banner text {name}, which the text archive does not hold: nobody can read what the visitor was shown (COMPLIANCE R4).");
        return false;
    }

    private AuditChainVerification? CompleteProof()
    {
        if (_firstBadText is { } text)
        {
            return Fail(AuditChainProblem.ArchivedTextMismatch, null,
                $"The archived text under hash {text} no longer hashes to it: the text was edited after it was archived (COMPLIANCE R4).");
        }

        if (_keys is null)
        {
            return null;
        }

        if (_beyondEnd is { } orphan)
        {
            var key = _keys.FirstOrDefault(k => string.Equals(k.KeyId, orphan.KeyId, StringComparison.Ordinal));
            return key is not null && key.Verify(orphan)
                ? Fail(AuditChainProblem.Truncated, _count + 1, string.Create(CultureInfo.InvariantCulture,
                    $"The log ends after event {_count} but a valid signature covers {orphan.Count} events: event {_count + 1} and later were removed."))
                : Fail(AuditChainProblem.SignatureMismatch, orphan.Count, string.Create(CultureInfo.InvariantCulture,
                    $"A signature is stored for event {orphan.Count}, after the last event ({_count}), and does not verify."));
        }

        if (_lastSigned < _count)
        {
            var uncovered = _count == _lastSigned + 1
                ? string.Create(CultureInfo.InvariantCulture, $"Event {_count} is not covered by a valid signature: it may have been appended")
                : string.Create(CultureInfo.InvariantCulture, $"Events {_lastSigned + 1} to {_count} are not covered by a valid signature: they may have been appended");
            return Fail(AuditChainProblem.Uncovered, _lastSigned + 1, string.Create(CultureInfo.InvariantCulture,
                $"{uncovered} by someone without the private key (the last valid signature covers {_lastSigned} events)."));
        }

        return null;
    }

    private AuditChainVerification WithProof(AuditChainVerification result) => result with
    {
        SignatureCount = _signatures,
        SignaturesChecked = _keys is not null,
        SignedCount = _keys is null ? null : _lastSigned,
        ArchivedTextCount = _texts?.Count ?? 0,
    };
}
