using Microsoft.AspNetCore.Http.Features;

namespace Consent.Benchmarks.Infrastructure;

/// <summary>
/// A response feature that keeps <c>OnStarting</c> callbacks and fires them last-registered-first, as Kestrel does,
/// so every pipeline pays for the same server behaviour and nothing else.
/// </summary>
internal sealed class ServerResponseFeature : IHttpResponseFeature
{
    private readonly Stack<KeyValuePair<Func<object, Task>, object>> _onStarting = new();

    public int StatusCode { get; set; } = 200;

    public string? ReasonPhrase { get; set; }

    public Microsoft.AspNetCore.Http.IHeaderDictionary Headers { get; set; } = new Microsoft.AspNetCore.Http.HeaderDictionary();

    public Stream Body { get; set; } = Stream.Null;

    public bool HasStarted { get; private set; }

    public void OnStarting(Func<object, Task> callback, object state) => _onStarting.Push(new(callback, state));

    public void OnCompleted(Func<object, Task> callback, object state)
    {
    }

    public async Task StartAsync()
    {
        while (_onStarting.TryPop(out var entry))
        {
            await entry.Key(entry.Value);
        }

        HasStarted = true;
    }
}
