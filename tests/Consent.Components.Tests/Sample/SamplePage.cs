using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Consent.Components.Tests.Sample;

/// <summary>
/// A page of the sample as a browser without JavaScript sees it: GET it, then "click" a control by its visible
/// label, which submits the control's form with every field the browser would send.
/// </summary>
internal sealed class SamplePage
{
    private readonly HttpClient _client;

    private SamplePage(HttpClient client, IDocument document)
    {
        _client = client;
        Document = document;
    }

    public IDocument Document { get; }

    public IElement? Banner => Document.QuerySelector("section#consent-banner");

    public static async Task<SamplePage> OpenAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return new SamplePage(client, new HtmlParser().ParseDocument(html));
    }

    public IElement Control(string label) =>
        Document.QuerySelectorAll("button, a").Single(e => e.TextContent.Trim() == label);

    /// <summary>Turns on a switch of the settings layer, as a visitor would.</summary>
    public void Check(string category) =>
        Document.QuerySelector($"input#consent-category-{category}")!.SetAttribute("checked", string.Empty);

    /// <summary>Submits the form of the button with this label, as the browser does; returns the response.</summary>
    public async Task<HttpResponseMessage> ClickAsync(string label)
    {
        var button = Control(label);
        Assert.Equal("BUTTON", button.TagName);
        Assert.Equal("submit", button.GetAttribute("type"));
        var formId = button.GetAttribute("form");
        var form = formId is null ? button.Closest("form")! : Document.GetElementById(formId)!;
        var fields = new List<KeyValuePair<string, string>>();
        var controls = form.QuerySelectorAll("input").Concat(formId is null ? [] : Document.QuerySelectorAll($"input[form='{formId}']"));
        foreach (var input in controls)
        {
            var name = input.GetAttribute("name");
            if (name is null || input.HasAttribute("disabled") || (input.GetAttribute("type") == "checkbox" && !input.HasAttribute("checked")))
            {
                continue;
            }

            fields.Add(new(name, input.GetAttribute("value") ?? "on"));
        }

        if (button.GetAttribute("name") is { } buttonName)
        {
            fields.Add(new(buttonName, button.GetAttribute("value") ?? string.Empty));
        }

        var action = form.GetAttribute("action")!;
        if (form.GetAttribute("method") == "get")
        {
            // As a browser does: the fields become the query; the fragment stays on the client.
            var path = action.Split('#')[0];
            var query = string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
            return await _client.GetAsync(new Uri(path + "?" + query, UriKind.Relative));
        }

        Assert.Equal("post", form.GetAttribute("method"));
        using var content = new FormUrlEncodedContent(fields);
        return await _client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>Clicks a button whose form reloads a page, and reads the page it leads to.</summary>
    public async Task<SamplePage> FollowAsync(string label)
    {
        using var response = await ClickAsync(label);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new SamplePage(_client, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }
}
