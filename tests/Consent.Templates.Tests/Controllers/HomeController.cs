using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Consent.Templates.Tests.Controllers;

/// <summary>The MVC template's home page, counting visits in Session and confirming a POST through TempData.</summary>
public sealed class HomeController : Controller
{
    public IActionResult Index()
    {
        var visits = (HttpContext.Session.GetInt32("visits") ?? 0) + 1;
        HttpContext.Session.SetInt32("visits", visits);
        ViewData["Visits"] = visits;
        return View();
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    public IActionResult Save()
    {
        TempData["Message"] = "Saved";
        return RedirectToAction(nameof(Index));
    }
}
