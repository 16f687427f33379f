namespace Consent.Abstractions;

/// <summary>How a visitor reached a decision.</summary>
public enum ConsentMethod
{
    /// <summary>«أوافق»: every optional category, less sale/sharing ones while a GPC signal is present.</summary>
    AcceptAll = 0,

    /// <summary>«أرفض»: no optional category.</summary>
    RejectAll = 1,

    /// <summary>A choice per category, made in the settings layer or by granting one category from a placeholder.</summary>
    Custom = 2,
}
