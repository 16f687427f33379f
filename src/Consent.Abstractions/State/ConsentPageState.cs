namespace Consent.Abstractions;

/// <summary>
/// Everything the components render from: the site's policy and, when known, the visitor's consent. This is what a
/// prerendered page hands to its interactive components.
/// </summary>
/// <param name="Policy">The site's consent policy.</param>
/// <param name="Visitor">The visitor's consent; <see langword="null"/> when unknown, which opens no gate (C5).</param>
/// <param name="ArchivedTexts">
/// The hashes of the texts the server archived while rendering the page (R4), so that a render in the browser can tell
/// when it shows a text no auditor could read; <see langword="null"/> when not known.
/// </param>
public sealed record ConsentPageState(ConsentPolicyView Policy, ConsentSnapshot? Visitor, IReadOnlyList<string>? ArchivedTexts = null);
