using Consent.Abstractions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Consent.Components;

/// <summary>
/// The hidden fields every consent form posts besides the action: the antiforgery token, where to return, which
/// layer the visitor used, the language and hash of the text they were shown (COMPLIANCE R2, R4), and the form's
/// submission key, so that a retried post is answered from the first record instead of being recorded twice.
/// A render fragment rather than a component, because a <c>.razor</c> component cannot be internal.
/// </summary>
internal static class ConsentFormFields
{
    /// <summary>Renders the fields.</summary>
    /// <param name="returnUrl">The local URL to return to after the decision.</param>
    /// <param name="layer">The layer: one of the <see cref="ConsentFormNames"/> layers.</param>
    /// <param name="language">The culture name of the text shown.</param>
    /// <param name="textHash">The hash of the text shown.</param>
    /// <param name="submissionKey">The form's own <see cref="ConsentSubmissionKey"/>: one per form and component instance.</param>
    public static RenderFragment Render(string returnUrl, string layer, string language, string textHash, string submissionKey) => builder =>
    {
        builder.OpenComponent<AntiforgeryToken>(0);
        builder.CloseComponent();
        (string Name, string Value)[] fields = [(ConsentFormNames.ReturnUrl, returnUrl), (ConsentFormNames.Layer, layer), (ConsentFormNames.Language, language), (ConsentFormNames.TextHash, textHash), (ConsentFormNames.SubmissionKey, submissionKey)];
        foreach (var (name, value) in fields)
        {
            builder.OpenElement(1, "input");
            builder.AddAttribute(2, "type", "hidden");
            builder.AddAttribute(3, "name", name);
            builder.AddAttribute(4, "value", value);
            builder.CloseElement();
        }
    };
}
