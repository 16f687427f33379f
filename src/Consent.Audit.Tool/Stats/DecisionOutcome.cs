using Consent.Audit.Tool.Localization;
using Consent.Auditing;

namespace Consent.Audit.Tool.Stats;

/// <summary>What a decision amounted to, as an auditor counts it.</summary>
internal enum DecisionOutcome
{
    AcceptedAll,
    RejectedAll,
    Customised,
    Withdrawn,
}

/// <summary>Classifies events into outcomes.</summary>
internal static class DecisionOutcomes
{
    public static IReadOnlyList<DecisionOutcome> All { get; } = Enum.GetValues<DecisionOutcome>();

    /// <summary>
    /// «أوافق» under a GPC signal counts as accepted all (the GPC share is counted apart); a re-consent counts by the
    /// categories it granted, as the first decision would. Necessary is always on, so it does not count.
    /// </summary>
    public static DecisionOutcome Classify(ConsentEvent e) => e.Type switch
    {
        ConsentEventType.Grant or ConsentEventType.GpcOptOut => DecisionOutcome.AcceptedAll,
        ConsentEventType.Refusal => DecisionOutcome.RejectedAll,
        ConsentEventType.PartialChoice => DecisionOutcome.Customised,
        ConsentEventType.Withdrawal => DecisionOutcome.Withdrawn,
        _ => ByCategories(e),
    };

    public static string Label(DecisionOutcome outcome, ToolLanguage language) => language[$"Outcome.{outcome}"];

    private static DecisionOutcome ByCategories(ConsentEvent e)
    {
        var optional = e.Categories.Where(c => c.Category != "necessary").ToList();
        var granted = optional.Count(c => c.Granted);
        return granted == 0 ? DecisionOutcome.RejectedAll
            : granted == optional.Count ? DecisionOutcome.AcceptedAll
            : DecisionOutcome.Customised;
    }
}
