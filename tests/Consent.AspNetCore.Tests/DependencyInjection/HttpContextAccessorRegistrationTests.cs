using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.AspNetCore.Tests.DependencyInjection;

/// <summary>An API-only host does not pay for the components' <see cref="IHttpContextAccessor"/> (an AsyncLocal set on every request).</summary>
public sealed class HttpContextAccessorRegistrationTests
{
    [Fact]
    public void AddCookieConsent_OnAnApiOnlyHost_RegistersNoHttpContextAccessor()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRouting();

        services.AddCookieConsent();

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHttpContextAccessor));
    }

    [Theory]
    [InlineData("razor-components")]
    [InlineData("razor-pages")]
    [InlineData("controllers-with-views")]
    public void AddCookieConsent_AfterTheHostRegisteredComponentRendering_RegistersTheHttpContextAccessor(string host)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        _ = host switch
        {
            "razor-components" => services.AddRazorComponents().Services,
            "razor-pages" => services.AddRazorPages().Services,
            _ => services.AddControllersWithViews().Services,
        };

        services.AddCookieConsent();

        Assert.Single(services, d => d.ServiceType == typeof(IHttpContextAccessor));
    }

    [Fact]
    public void AddCookieConsent_OnAControllersOnlyApi_RegistersNoHttpContextAccessor()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddControllers();

        services.AddCookieConsent();

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHttpContextAccessor));
    }
}
