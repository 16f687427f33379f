using Consent.Auditing;

namespace Consent.Audit.Tool.Stats;

/// <summary>
/// Counts decisions by outcome, per-category grants and GPC signals, per group and in total, in one streaming pass:
/// memory grows with the number of groups and categories, not with the number of events.
/// </summary>
internal sealed class ConsentStatistics
{
    private readonly string _by;
    private readonly SortedDictionary<string, Tally> _groups = new(StringComparer.Ordinal);
    private readonly List<string> _categories = [];
    private readonly Dictionary<string, TextUse> _texts = new(StringComparer.Ordinal);

    public ConsentStatistics(string by) => _by = by;

    public Tally Total { get; } = new();

    public long PurgedEvents { get; private set; }

    /// <summary>Gets the groups in order (dates and weeks sort chronologically).</summary>
    public IEnumerable<KeyValuePair<string, Tally>> Groups => _groups;

    /// <summary>Gets, per banner text hash, how many decisions in the range were taken under it, and when the first and last were.</summary>
    public IReadOnlyDictionary<string, TextUse> Texts => _texts;

    /// <summary>Gets the category keys in the order first seen (policy order).</summary>
    public IReadOnlyList<string> Categories => _categories;

    public void Add(StoredConsentEvent stored)
    {
        if (stored.Event is not { } e)
        {
            PurgedEvents++;
            return;
        }

        // A restore puts an earlier decision into force on another device; it is not a decision to count again.
        if (e.Type == ConsentEventType.Restore)
        {
            return;
        }

        foreach (var category in e.Categories)
        {
            if (!_categories.Contains(category.Category))
            {
                _categories.Add(category.Category);
            }
        }

        var key = StatsGrouping.Key(e, _by);
        if (!_groups.TryGetValue(key, out var tally))
        {
            _groups[key] = tally = new Tally();
        }

        tally.Add(e);
        Total.Add(e);
        if (e.BannerTextHash is { } hash)
        {
            _texts[hash] = _texts.TryGetValue(hash, out var use)
                ? new TextUse(use.Decisions + 1, e.OccurredAt < use.First ? e.OccurredAt : use.First, e.OccurredAt > use.Last ? e.OccurredAt : use.Last)
                : new TextUse(1, e.OccurredAt, e.OccurredAt);
        }
    }

    /// <summary>How a banner text was used in the decisions counted.</summary>
    internal readonly record struct TextUse(long Decisions, DateTimeOffset First, DateTimeOffset Last);

    /// <summary>The figures of one group.</summary>
    internal sealed class Tally
    {
        private readonly long[] _outcomes = new long[DecisionOutcomes.All.Count];
        private readonly Dictionary<string, (long Granted, long Seen)> _categories = new(StringComparer.Ordinal);

        public long Decisions { get; private set; }

        public long WithGpc { get; private set; }

        public long Count(DecisionOutcome outcome) => _outcomes[(int)outcome];

        /// <summary>Gets the share of decisions that granted the category, or <see langword="null"/> when none covered it.</summary>
        public double? GrantRate(string category) =>
            _categories.TryGetValue(category, out var counts) && counts.Seen > 0 ? (double)counts.Granted / counts.Seen : null;

        public double GpcShare => Decisions == 0 ? 0 : (double)WithGpc / Decisions;

        public void Add(ConsentEvent e)
        {
            Decisions++;
            WithGpc += e.GlobalPrivacyControl ? 1 : 0;
            _outcomes[(int)DecisionOutcomes.Classify(e)]++;
            foreach (var category in e.Categories)
            {
                var counts = _categories.GetValueOrDefault(category.Category);
                _categories[category.Category] = (counts.Granted + (category.Granted ? 1 : 0), counts.Seen + 1);
            }
        }
    }
}
