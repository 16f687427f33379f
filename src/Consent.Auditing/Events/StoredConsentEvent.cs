namespace Consent.Auditing;

/// <summary>An event as a store holds it.</summary>
/// <param name="Sequence">Its position in the chain; the first event is 1.</param>
/// <param name="Event">The event, or <see langword="null"/> when retention purged its body.</param>
/// <param name="Hash">Its chain hash h_Sequence, 64 lowercase hexadecimal digits.</param>
public sealed record StoredConsentEvent(long Sequence, ConsentEvent? Event, string Hash);
