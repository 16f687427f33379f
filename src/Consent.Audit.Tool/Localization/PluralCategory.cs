namespace Consent.Audit.Tool.Localization;

/// <summary>The CLDR plural categories a whole count falls into; resource keys end with their names.</summary>
internal enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}
