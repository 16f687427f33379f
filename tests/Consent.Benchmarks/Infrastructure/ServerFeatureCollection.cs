using Microsoft.AspNetCore.Http.Features;

namespace Consent.Benchmarks.Infrastructure;

/// <summary>
/// The emulated server's feature collection: one per connection, emptied between requests rather than dropped, as
/// Kestrel's <c>HttpProtocol</c> keeps its feature storage and clears it per request (<c>ResetFeatureCollection</c>).
/// A look-up costs what one in ASP.NET Core's <see cref="FeatureCollection"/> does (one dictionary probe); what it
/// does not do is allocate a dictionary per request and grow it as features are written, which Kestrel does not do
/// either once the connection has served a request.
/// </summary>
internal sealed class ServerFeatureCollection : IFeatureCollection
{
    private readonly Dictionary<Type, object> _features = [];
    private int _revision;

    public bool IsReadOnly => false;

    public int Revision => _revision;

    public object? this[Type key]
    {
        get => _features.TryGetValue(key, out var feature) ? feature : null;
        set
        {
            if (value is null)
            {
                _features.Remove(key);
            }
            else
            {
                _features[key] = value;
            }

            _revision++;
        }
    }

    public TFeature? Get<TFeature>() => this[typeof(TFeature)] is TFeature feature ? feature : default;

    public void Set<TFeature>(TFeature? instance) => this[typeof(TFeature)] = instance;

    /// <summary>Empties the collection for the connection's next request, keeping its storage.</summary>
    public void Reset()
    {
        _features.Clear();
        _revision++;
    }

    public IEnumerator<KeyValuePair<Type, object>> GetEnumerator() => _features.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
