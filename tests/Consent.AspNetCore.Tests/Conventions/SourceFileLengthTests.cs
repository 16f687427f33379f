using Consent.AspNetCore.Tests.Infrastructure;
using Consent.Testing;

namespace Consent.AspNetCore.Tests.Conventions;

/// <summary>
/// A source file fits on a screen or two: past <see cref="MaxLines"/> lines it does more than one job and is split by
/// concern. Read from the source tree, for every package under <c>src/</c>.
/// </summary>
public sealed class SourceFileLengthTests
{
    private const int MaxLines = 300;

    [Fact]
    public void SourceFiles_AreAtMost300LinesLong()
    {
        var tooLong = new[] { "*.cs", "*.razor" }
            .SelectMany(pattern => RepositoryFiles.Under("src", pattern))
            .Select(file => (File: file, Lines: RepositoryFiles.Lines(file).Count()))
            .Where(f => f.Lines > MaxLines)
            .OrderBy(f => f.File, StringComparer.Ordinal)
            .Select(f => $"{f.File}: {f.Lines} lines")
            .ToList();

        Assert.True(tooLong.Count == 0, $"Split these files by concern; none may pass {MaxLines} lines:\n{string.Join('\n', tooLong)}");
    }
}
