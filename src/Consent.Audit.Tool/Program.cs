using System.Globalization;
using System.Text;
using Consent.Audit.Tool;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return await AuditTool.RunAsync(args, new AuditToolContext(Console.Out, Console.Error, Environment.GetEnvironmentVariable, TimeProvider.System, ShowProgress: !Console.IsErrorRedirected, CultureInfo.CurrentUICulture));
