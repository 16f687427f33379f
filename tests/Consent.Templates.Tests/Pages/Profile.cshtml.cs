using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consent.Templates.Tests.Pages;

/// <summary>Identity UI's profile page in miniature: a POST, a redirect, and the status message in TempData.</summary>
public sealed class ProfileModel : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        StatusMessage = "Your profile has been updated";
        return RedirectToPage();
    }
}
