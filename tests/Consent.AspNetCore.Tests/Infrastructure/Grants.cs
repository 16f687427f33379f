namespace Consent.AspNetCore.Tests.Infrastructure;

/// <summary>A grant lookup that answers from a fixed set and counts the questions, for the filter and the cleaner.</summary>
internal readonly struct Grants : IGrantLookup
{
    private readonly string[] _granted;
    private readonly Counter _asked;

    private Grants(string[] granted)
    {
        _granted = granted;
        _asked = new Counter();
    }

    public int Asked => _asked.Value;

    /// <summary>Grants the given categories (and necessary).</summary>
    public static Grants Of(params string[] granted) => new(granted);

    public bool IsGranted(string category)
    {
        _asked.Value++;
        return category == ConsentCategory.Necessary || _granted.Contains(category);
    }

    private sealed class Counter
    {
        public int Value { get; set; }
    }
}
