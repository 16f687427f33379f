namespace Consent.Components;

/// <summary>The CLDR plural categories a count can fall into.</summary>
internal enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}
