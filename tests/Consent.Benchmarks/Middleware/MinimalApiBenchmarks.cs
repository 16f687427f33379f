using BenchmarkDotNet.Attributes;
using Consent.Benchmarks.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consent.Benchmarks.Middleware;

/// <summary>
/// One request to a minimal API endpoint through what a host runs for it: the server's <see cref="IHttpContextFactory"/>
/// (which sets <c>IHttpContextAccessor</c> when one is registered), the startup filters, routing and the endpoint, with
/// no consent library, with <c>AddCookieConsent()</c> and <c>UseCookieConsent()</c>, and with both plus the
/// <c>IHttpContextAccessor</c> every host got from the library before it left that to hosts that render components.
/// An API client sends no cookie. Requests per second are the inverse of the mean.
/// </summary>
[MemoryDiagnoser]
public class MinimalApiBenchmarks
{
    private Host _none = null!;
    private Host _consent = null!;
    private Host _consentWithAccessor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _none = new Host(consent: false, accessor: false);
        _consent = new Host(consent: true, accessor: false);
        _consentWithAccessor = new Host(consent: true, accessor: true);
    }

    [Benchmark]
    public Task AddCookieConsent() => _consent.RunAsync();

    [Benchmark]
    public Task AddCookieConsentAndHttpContextAccessor() => _consentWithAccessor.RunAsync();

    // Declared last: the in-process runner's first benchmark also pays for warming what all three share.
    [Benchmark(Baseline = true)]
    public Task NoConsentLibrary() => _none.RunAsync();

    private sealed class Host
    {
        private readonly IHttpContextFactory _contexts;
        private readonly RequestDelegate _pipeline;

        public Host(bool consent, bool accessor)
        {
            var services = new ServiceCollection();
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Critical));
            services.AddRouting();
            services.AddSingleton(new System.Diagnostics.DiagnosticListener("Microsoft.AspNetCore"));
            services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
            if (consent)
            {
                services.AddCookieConsent().AddInMemoryAuditLog();
            }

            if (accessor)
            {
                services.AddHttpContextAccessor();
            }

            services.AddSingleton<IHttpContextFactory, DefaultHttpContextFactory>();
            var provider = services.BuildServiceProvider();
            _contexts = provider.GetRequiredService<IHttpContextFactory>();

            // As the host composes the pipeline: startup filters around the application's own configuration.
            Action<IApplicationBuilder> configure = app =>
            {
                app.UseRouting();
                if (consent)
                {
                    app.UseCookieConsent();
                }

                app.UseEndpoints(endpoints => endpoints.MapGet("/weather", () => Results.Ok(new { Celsius = 21 })));
            };
            foreach (var filter in provider.GetServices<IStartupFilter>().Reverse())
            {
                configure = filter.Configure(configure);
            }

            var builder = new ApplicationBuilder(provider);
            configure(builder);
            _pipeline = builder.Build();
        }

        public async Task RunAsync()
        {
            var features = ServerConnection.Current.BeginRequest("/weather", out var response);
            var context = _contexts.Create(features);
            await _pipeline(context);
            await response.StartAsync();
            await response.CompleteAsync();
            _contexts.Dispose(context);
        }
    }
}
