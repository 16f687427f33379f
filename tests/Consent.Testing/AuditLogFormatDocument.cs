using System.Text;

namespace Consent.Testing;

/// <summary>Parts of docs/audit-log-format.md that tests run as printed: the auditor's script, the export commands, the test key.</summary>
public static class AuditLogFormatDocument
{
    /// <summary>Gets the document's path.</summary>
    public static string Path { get; } = RepositoryFiles.PathOf("docs/audit-log-format.md");

    /// <summary>Gets the verification script of section 7, exactly as printed.</summary>
    public static string Script
    {
        get
        {
            var text = File.ReadAllText(Path);
            var start = text.IndexOf("```python\n", StringComparison.Ordinal) + "```python\n".Length;
            return text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
        }
    }

    /// <summary>Gets the public key of the signed test vector (section 8).</summary>
    public static string PublicKeyPem
    {
        get
        {
            var lines = File.ReadAllLines(Path);
            var start = Array.IndexOf(lines, "-----BEGIN PUBLIC KEY-----");
            var end = Array.IndexOf(lines, "-----END PUBLIC KEY-----", start);
            var pem = new StringBuilder();
            for (var i = start; i <= end; i++)
            {
                pem.Append(lines[i]).Append('\n');
            }

            return pem.ToString();
        }
    }

    /// <summary>Gets a test vector of section 8, such as <c>h-2</c>.</summary>
    /// <param name="name">The vector's name.</param>
    public static string Vector(string name) =>
        File.ReadLines(Path).First(l => l.StartsWith(name + ": ", StringComparison.Ordinal))[(name.Length + 2)..].Trim();

    /// <summary>Gets the shell commands of section 6 that start with <paramref name="prefix"/>, such as <c>sqlite3 consent.db </c>.</summary>
    /// <param name="prefix">The start of the commands.</param>
    public static IReadOnlyList<string> Commands(string prefix) =>
        [.. File.ReadLines(Path).Select(l => l.Trim()).Where(l => l.StartsWith(prefix, StringComparison.Ordinal))];
}
