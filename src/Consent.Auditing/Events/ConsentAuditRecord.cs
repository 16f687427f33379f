namespace Consent.Auditing;

/// <summary>An event on its way into a store, with its canonical bytes already computed.</summary>
/// <param name="Event">The event.</param>
/// <param name="Bytes">Its canonical bytes (<see cref="ConsentEventEncoding.Encode(ConsentEvent)"/>).</param>
public readonly record struct ConsentAuditRecord(ConsentEvent Event, byte[] Bytes);
