using Microsoft.AspNetCore.Components.Forms;

namespace Consent.Components.Tests;

/// <summary>Gives <c>&lt;AntiforgeryToken /&gt;</c> a token, as the server does for a real request.</summary>
internal sealed class FakeAntiforgeryStateProvider : AntiforgeryStateProvider
{
    public const string FieldName = "__RequestVerificationToken";
    public const string Token = "test-antiforgery-token";

    public override AntiforgeryRequestToken? GetAntiforgeryToken() => new(Token, FieldName);
}
