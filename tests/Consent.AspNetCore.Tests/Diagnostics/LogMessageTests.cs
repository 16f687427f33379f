using System.Reflection;
using Microsoft.Extensions.Logging;

namespace Consent.AspNetCore.Tests.Diagnostics;

/// <summary>
/// Every <c>[LoggerMessage]</c> of the shipped packages, found by reflection: each package logs from one
/// <c>Log</c> class that names its category, and within a category an event id and an event name mean one message.
/// </summary>
public sealed class LogMessageTests
{
    private static readonly Assembly[] Shipped =
    [
        typeof(ConsentPolicy).Assembly,
        typeof(Consent.Components.ConsentComponentsOptions).Assembly,
        typeof(Consent.Auditing.ConsentEvent).Assembly,
    ];

    public static TheoryData<string> Assemblies() => [.. Shipped.Select(a => a.GetName().Name!)];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void EveryMessage_IsInThePackagesLogClass_WithItsCategory(string assembly)
    {
        var messages = MessagesOf(Shipped.Single(a => a.GetName().Name == assembly));

        Assert.NotEmpty(messages);
        var owner = Assert.Single(messages.Select(m => m.Method.DeclaringType!).Distinct());
        Assert.Equal("Log", owner.Name);
        Assert.NotNull(CategoryOf(owner));
    }

    [Fact]
    public void EventIds_AreUniqueWithinEachCategory()
    {
        var messages = Shipped.SelectMany(MessagesOf).ToList();

        var duplicates = messages
            .GroupBy(m => (Category: CategoryOf(m.Method.DeclaringType!), m.Attribute.EventId))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Category} id {g.Key.EventId}: {string.Join(", ", g.Select(m => m.Method.Name))}")
            .ToList();
        Assert.True(duplicates.Count == 0, "Event ids used twice: " + string.Join("; ", duplicates));
        Assert.DoesNotContain(messages, m => m.Attribute.EventId <= 0);
    }

    [Fact]
    public void EveryMessage_HasAnEventNameUniqueWithinItsCategory()
    {
        var messages = Shipped.SelectMany(MessagesOf).ToList();

        Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(m.Attribute.EventName), $"{m.Method.DeclaringType}.{m.Method.Name} has no EventName"));
        var duplicates = messages
            .GroupBy(m => (Category: CategoryOf(m.Method.DeclaringType!), m.Attribute.EventName))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Category} {g.Key.EventName}")
            .ToList();
        Assert.True(duplicates.Count == 0, "Event names used twice: " + string.Join("; ", duplicates));
    }

    private static List<(MethodInfo Method, LoggerMessageAttribute Attribute)> MessagesOf(Assembly assembly) =>
        [.. assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()!))
            .Where(m => m.Attribute is not null)];

    private static string? CategoryOf(Type log) =>
        log.GetField("Category", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)?.GetRawConstantValue() as string;
}
