using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consent.Templates.Tests.Pages.Account;

/// <summary>Signs the seeded user in, «remember me» ticked, as Identity UI's login page does.</summary>
public sealed class LoginModel(SignInManager<IdentityUser> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(TemplateSites.UserName, TemplateSites.Password, isPersistent: true, lockoutOnFailure: false);
        return result.Succeeded ? LocalRedirect("/") : Page();
    }
}
