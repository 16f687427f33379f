using Consent.Abstractions;

namespace Consent.AspNetCore;

/// <summary>A storage key the browser guard saw a script write.</summary>
/// <param name="Storage">A key of <c>localStorage</c> or <c>sessionStorage</c>.</param>
/// <param name="Name">The storage key.</param>
/// <param name="Blocked">Whether the guard dropped the latest write (undeclared or of a category not granted).</param>
/// <param name="Count">How many pages reported it.</param>
/// <param name="FirstSeen">When it was first reported.</param>
/// <param name="LastSeen">When it was last reported.</param>
internal sealed record ScriptInventoryEntry(CookieStorage Storage, string Name, bool Blocked, long Count, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);
