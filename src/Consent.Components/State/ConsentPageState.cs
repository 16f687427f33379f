namespace Consent.Components;

/// <summary>
/// Everything the components render from: the site's policy and, when known, the visitor's consent. This is what a
/// prerendered page hands to its interactive components.
/// </summary>
/// <param name="Policy">The site's consent policy.</param>
/// <param name="Visitor">The visitor's consent; <see langword="null"/> when unknown, which opens no gate (C5).</param>
internal sealed record ConsentPageState(ConsentPolicyView Policy, ConsentSnapshot? Visitor);
