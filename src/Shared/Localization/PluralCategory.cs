namespace Consent.Localization;

/// <summary>The CLDR plural categories a count can fall into; resource keys end with their names.</summary>
internal enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}
