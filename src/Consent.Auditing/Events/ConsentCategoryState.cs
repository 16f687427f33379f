namespace Consent.Auditing;

/// <summary>Whether one category was granted in a decision.</summary>
/// <param name="Category">The category key.</param>
/// <param name="Granted">Whether it was granted.</param>
public readonly record struct ConsentCategoryState(string Category, bool Granted);
