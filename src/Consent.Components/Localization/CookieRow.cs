namespace Consent.Components;

/// <summary>The texts of one row of a cookie table, as shown to the visitor.</summary>
internal sealed record CookieRow(string Name, string Provider, string Purpose, string Duration, string Type);
