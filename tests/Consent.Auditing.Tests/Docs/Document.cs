using System.Text;

namespace Consent.Auditing.Tests.Docs;

/// <summary>Parts of docs/audit-log-format.md that tests run or check: the auditor's script and the test key.</summary>
internal static class Document
{
    public static string Path { get; } = Find();

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

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "docs", "audit-log-format.md")))
        {
            directory = directory.Parent;
        }

        return System.IO.Path.Combine(directory?.FullName ?? throw new FileNotFoundException("docs/audit-log-format.md not found above the test output."), "docs", "audit-log-format.md");
    }
}
