using System.Globalization;

namespace Consent.Auditing;

/// <summary>
/// Verifies an audit chain event by event, in one pass and without keeping the events (COMPLIANCE L1, L3, R5).
/// Feed it every stored event in sequence order with <see cref="Add(long, ReadOnlySpan{byte}, ReadOnlySpan{byte})"/> or <see cref="AddPurged"/>, then call
/// <see cref="Complete"/>. It names the first bad event; with a checkpoint it also detects truncation and a chain
/// rewritten from scratch. Given the unhashed look-up columns (<see cref="AuditIndexEntry"/>), it also checks that they
/// match the body of every event that still has one; a purged event's columns cannot be checked.
/// </summary>
public sealed partial class AuditChainVerifier
{
    private readonly AuditCheckpoint? _checkpoint;
    private readonly byte[] _previous = new byte[AuditChain.HashLength];
    private readonly byte[] _computed = new byte[AuditChain.HashLength];
    private long _count;
    private long _purged;
    private AuditChainVerification? _failure;
    private bool _checkpointReached;

    /// <summary>Creates a verifier.</summary>
    /// <param name="checkpoint">An exported checkpoint to check the log against, or <see langword="null"/>.</param>
    /// <param name="publicKeys">
    /// The site's public keys, or <see langword="null"/> to leave signatures unchecked. With keys, every event must be
    /// covered by a signature that one of them verifies, and every stored signature must verify (COMPLIANCE L3).
    /// </param>
    public AuditChainVerifier(AuditCheckpoint? checkpoint = null, IReadOnlyList<AuditVerificationKey>? publicKeys = null)
    {
        _checkpoint = checkpoint;
        _keys = publicKeys;
        _checkpointReached = checkpoint is null || checkpoint.Count == 0;
        if (checkpoint is { Count: 0 } && checkpoint.HeadHash != Hex(_previous))
        {
            _failure = Fail(AuditChainProblem.CheckpointMismatch, 0, "The checkpoint of an empty log must have a zero head hash.");
        }
    }

    /// <summary>Gets whether a bad event was already found; further events are ignored.</summary>
    public bool HasFailed => _failure is not null;

    /// <summary>Checks the next stored event.</summary>
    /// <param name="sequence">Its stored sequence number; the first event is 1.</param>
    /// <param name="eventBytes">Its stored canonical bytes.</param>
    /// <param name="storedHash">Its stored chain hash.</param>
    /// <returns><see langword="false"/> once a bad event has been found.</returns>
    public bool Add(long sequence, ReadOnlySpan<byte> eventBytes, ReadOnlySpan<byte> storedHash) =>
        CheckLink(sequence, eventBytes, storedHash) && CheckBody(sequence, eventBytes, null) && Advance(storedHash);

    /// <summary>
    /// Checks the next stored event as <see cref="Add(long, ReadOnlySpan{byte}, ReadOnlySpan{byte})"/> does, then checks
    /// that its unhashed look-up columns hold the consent ID and time recorded in its bytes.
    /// </summary>
    /// <param name="sequence">Its stored sequence number; the first event is 1.</param>
    /// <param name="eventBytes">Its stored canonical bytes.</param>
    /// <param name="storedHash">Its stored chain hash.</param>
    /// <param name="index">Its stored look-up columns.</param>
    /// <returns><see langword="false"/> once a bad event has been found.</returns>
    public bool Add(long sequence, ReadOnlySpan<byte> eventBytes, ReadOnlySpan<byte> storedHash, AuditIndexEntry index) =>
        // The hash comes first: an edited body is a hash mismatch, whatever its columns say.
        CheckLink(sequence, eventBytes, storedHash) && CheckBody(sequence, eventBytes, index) && Advance(storedHash);

    /// <summary>Takes the next stored event whose body was purged by retention: its stored hash is taken as given.</summary>
    /// <param name="sequence">Its stored sequence number.</param>
    /// <param name="storedHash">Its stored chain hash.</param>
    /// <returns><see langword="false"/> once a bad event has been found.</returns>
    public bool AddPurged(long sequence, ReadOnlySpan<byte> storedHash)
    {
        if (!CheckPosition(sequence, storedHash))
        {
            return false;
        }

        if (_purged != _count)
        {
            _failure = Fail(AuditChainProblem.PurgedOutOfOrder, sequence, string.Create(CultureInfo.InvariantCulture,
                $"Event {sequence} has no body although an earlier event kept its body; retention only purges the oldest events."));
            return false;
        }

        _purged++;
        return Advance(storedHash);
    }

    /// <summary>Ends verification.</summary>
    /// <returns>The outcome.</returns>
    public AuditChainVerification Complete()
    {
        if (_failure is not null)
        {
            return _failure;
        }

        if (_checkpoint is not null && !_checkpointReached)
        {
            return Fail(AuditChainProblem.Truncated, _count + 1, string.Create(CultureInfo.InvariantCulture,
                $"The log ends after event {_count} but the checkpoint counts {_checkpoint.Count} events: event {_count + 1} and later were removed."));
        }

        if (CompleteProof() is { } proofFailure)
        {
            return proofFailure;
        }

        var message = string.Create(CultureInfo.InvariantCulture, $"{_count} events verified ({_purged} with purged bodies)");
        return WithProof(new AuditChainVerification(AuditChainProblem.None, null, _count, _purged, Head(),
            _checkpoint is null ? message + "." : message + ", consistent with the checkpoint."));
    }

    private bool CheckPosition(long sequence, ReadOnlySpan<byte> storedHash)
    {
        if (_failure is not null)
        {
            return false;
        }

        var expected = _count + 1;
        if (sequence != expected)
        {
            var bad = Math.Min(sequence, expected);
            _failure = Fail(AuditChainProblem.SequenceGap, bad, sequence > expected
                ? string.Create(CultureInfo.InvariantCulture, $"Event {expected} is missing: the next stored event is {sequence}.")
                : string.Create(CultureInfo.InvariantCulture, $"Event {sequence} appears again after event {_count}."));
            return false;
        }

        if (storedHash.Length != AuditChain.HashLength)
        {
            _failure = Fail(AuditChainProblem.MalformedHash, sequence, string.Create(CultureInfo.InvariantCulture, $"Event {sequence} has a stored hash of {storedHash.Length} bytes instead of 32."));
            return false;
        }

        return true;
    }

    private bool CheckLink(long sequence, ReadOnlySpan<byte> eventBytes, ReadOnlySpan<byte> storedHash)
    {
        if (!CheckPosition(sequence, storedHash))
        {
            return false;
        }

        AuditChain.Next(_previous, eventBytes, _computed);
        if (!storedHash.SequenceEqual(_computed))
        {
            _failure = Fail(AuditChainProblem.HashMismatch, sequence, string.Create(CultureInfo.InvariantCulture,
                $"Event {sequence} does not follow from the event before it: it was edited, or an event was inserted, deleted or moved at this place."));
            return false;
        }

        return true;
    }

    // One verdict: the body is read with the rules show and export read it with (ConsentEventParser), then its
    // look-up columns and its banner text are checked against what it says.
    private bool CheckBody(long sequence, ReadOnlySpan<byte> eventBytes, AuditIndexEntry? index)
    {
        DateTimeOffset occurredAt;
        ReadOnlySpan<byte> consentId, textHash, submissionKey;
        try
        {
            occurredAt = ConsentEventEncoding.Validate(eventBytes, out consentId, out textHash, out submissionKey);
        }
        catch (FormatException e)
        {
            _failure = Fail(AuditChainProblem.MalformedEvent, sequence, string.Create(CultureInfo.InvariantCulture,
                $"Event {sequence}'s hash verifies, but its body is not a well-formed event ({e.Message}): `show` and `export` would refuse it."));
            return false;
        }

        if (index is { } columns && columns.FindMismatch(consentId, occurredAt, submissionKey) is { } mismatch)
        {
            _failure = Fail(AuditChainProblem.IndexMismatch, sequence, string.Create(CultureInfo.InvariantCulture,
                $"Event {sequence}'s hash verifies, but {mismatch}: the unhashed look-up column was rewritten, so `show` and date-filtered exports could hide the event or file it under another visitor or date."));
            return false;
        }

        return CheckText(sequence, textHash);
    }

    private bool Advance(ReadOnlySpan<byte> storedHash)
    {
        storedHash.CopyTo(_previous);
        _count++;
        if (_checkpoint is not null && _count == _checkpoint.Count)
        {
            _checkpointReached = true;
            if (!string.Equals(Hex(_previous), _checkpoint.HeadHash, StringComparison.Ordinal))
            {
                _failure = Fail(AuditChainProblem.CheckpointMismatch, _count, string.Create(CultureInfo.InvariantCulture,
                    $"The chain hash of event {_count} differs from the checkpoint: the chain was rewritten at or before event {_count}."));
                return false;
            }
        }

        return true;
    }

    private AuditChainVerification Fail(AuditChainProblem problem, long? sequence, string message) =>
        WithProof(new(problem, sequence, _count, _purged, Head(), message));

    private AuditCheckpoint Head() => new(_count, Hex(_previous));

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);
}
