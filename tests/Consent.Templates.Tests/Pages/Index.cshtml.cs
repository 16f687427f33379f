using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consent.Templates.Tests.Pages;

/// <summary>The home page, which sets an analytics cookie as a site's tag would.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet() => Response.Cookies.Append("_ga", "GA1.1.4711");
}
