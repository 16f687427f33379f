using Consent.Auditing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Consent.AspNetCore;

/// <summary>Says at startup what a site developer would otherwise only find out from an auditor.</summary>
internal sealed class ConsentStartupCheck : IHostedService
{
    private readonly IConsentAuditLog _auditLog;
    private readonly ILogger _logger;
    private readonly bool _inMemoryChosen;

    public ConsentStartupCheck(IConsentAuditLog auditLog, ILoggerFactory loggerFactory, IServiceProvider services)
    {
        _auditLog = auditLog;
        _logger = loggerFactory.CreateLogger(Log.Category);
        _inMemoryChosen = services.GetService(typeof(InMemoryConsentAuditLog)) is not null;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_auditLog is InMemoryConsentAuditLog && !_inMemoryChosen)
        {
            Log.InMemoryAuditLog(_logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
