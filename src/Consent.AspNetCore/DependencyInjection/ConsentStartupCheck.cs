using Consent.Auditing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Consent.AspNetCore;

/// <summary>Says at startup what a site developer would otherwise only find out from an auditor.</summary>
internal sealed class ConsentStartupCheck : IHostedService
{
    private readonly IConsentAuditLog _auditLog;
    private readonly ILogger _logger;
    private readonly bool _inMemoryChosen;
    private readonly ConsentServices _consent;
    private readonly IOptions<CookiePolicyOptions> _cookiePolicyOptions;

    public ConsentStartupCheck(
        IConsentAuditLog auditLog,
        ILoggerFactory loggerFactory,
        IServiceProvider services,
        ConsentServices consent,
        IOptions<CookiePolicyOptions> cookiePolicyOptions)
    {
        _cookiePolicyOptions = cookiePolicyOptions;
        _auditLog = auditLog;
        _consent = consent;
        _logger = loggerFactory.CreateLogger(Log.Category);
        _inMemoryChosen = services.GetService(typeof(InMemoryConsentAuditLog)) is not null;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_auditLog is InMemoryConsentAuditLog && !_inMemoryChosen)
        {
            Log.InMemoryAuditLog(_logger);
        }

        // Reading the options runs the bridge, which notes a CheckConsentNeeded the site set.
        _ = _cookiePolicyOptions.Value;
        if (_consent.CookiePolicy.HadCheckConsentNeeded)
        {
            Log.CookiePolicyDecidesConsent(_logger);
        }

        return Task.CompletedTask;
    }

    /// <summary>Lists, once, every undeclared cookie seen while the site ran: the inventory still to do.</summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        var seen = _consent.Filter.UndeclaredSeen;
        if (seen.Count > 0)
        {
            Log.UndeclaredCookiesSeen(_logger, string.Join(", ", seen), _consent.Policy.Options.UndeclaredCookies);
        }

        return Task.CompletedTask;
    }
}
