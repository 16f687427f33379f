namespace Consent.Auditing;

/// <summary>A banner text as archived for auditors.</summary>
/// <param name="Hash">The SHA-256 of the text's UTF-8 bytes, 64 lowercase hexadecimal digits.</param>
/// <param name="Language">The culture name of the text.</param>
/// <param name="Text">The exact text.</param>
/// <param name="FirstSeen">When the text was first archived, in UTC.</param>
public sealed record ArchivedConsentText(string Hash, string Language, string Text, DateTimeOffset FirstSeen);
