using System.Net.Http.Headers;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>
/// A browser without JavaScript for the pages: it keeps cookies, follows redirects one at a time, reads each form
/// from the page (hidden fields and the antiforgery token included) and submits it as a browser would.
/// </summary>
public sealed class UiSession
{
    private static readonly IBrowsingContext Parser = BrowsingContext.New(Configuration.Default);

    private readonly HttpClient _client;

    public UiSession(AbsenceCasesFactory factory)
        : this(factory, new CookieContainer())
    {
    }

    /// <summary>A browser whose cookies are kept in <paramref name="cookies"/>: they can be carried to another host.</summary>
    public UiSession(AbsenceCasesFactory factory, CookieContainer cookies)
        : this(factory.CreateDefaultClient(new CookieContainerHandler(cookies)))
    {
    }

    /// <param name="client">A client that keeps cookies and does not follow redirects itself.</param>
    public UiSession(HttpClient client) => _client = client;

    public HttpClient Client => _client;

    /// <summary>Signs in through the login form and lands on the front page (the admin on the users).</summary>
    public static async Task<UiSession> SignedIn(AbsenceCasesFactory factory, string email, string password = TestWorld.Password)
    {
        var session = new UiSession(factory);
        var login = await session.Get("/login");
        var landed = await session.Submit(login, "main form", new() { ["Email"] = email, ["Password"] = password });
        Assert.That(landed.Url, Does.Not.StartWith("/login"), landed.Text);
        return session;
    }

    public async Task<UiPage> Get(string url, bool follow = true) => await Read(await _client.GetAsync(url), url, follow);

    /// <summary>Posts fields as they are, with no form behind them (so without an antiforgery token unless given).</summary>
    public async Task<UiPage> Post(string url, Dictionary<string, string> fields, bool follow = true) =>
        await Read(await _client.PostAsync(url, new FormUrlEncodedContent(fields)), url, follow);

    /// <summary>
    /// Submits the form that <paramref name="selector"/> finds on the page: its current values, changed by
    /// <paramref name="values"/> (null removes a field), to its action, through the button named by <paramref name="button"/>.
    /// </summary>
    /// <param name="lists">Fields sent with several values (checkboxes of one name): each replaces every value of its name.</param>
    public async Task<UiPage> Submit(
        UiPage page, string selector, Dictionary<string, string?>? values = null, UploadFile? file = null, string? button = null, bool follow = true,
        Dictionary<string, string[]>? lists = null)
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(selector) ?? throw new AssertionException($"No form '{selector}' on {page.Url} ({(int)page.Status}): {page.Html[..Math.Min(page.Html.Length, 600)]}");
        var fields = FieldsOf(form);
        foreach (var (name, value) in values ?? [])
        {
            fields.RemoveAll(f => f.Name == name);
            if (value is not null)
            {
                fields.Add((name, value));
            }
        }

        foreach (var (name, list) in lists ?? [])
        {
            fields.RemoveAll(f => f.Name == name);
            fields.AddRange(list.Select(value => (name, value)));
        }

        var action = form.GetAttribute("action") is { Length: > 0 } target ? target : page.Url;
        if (button is not null)
        {
            var submitter = form.QuerySelector<IHtmlButtonElement>(button) ?? throw new AssertionException($"No button '{button}'.");
            action = submitter.GetAttribute("formaction") ?? action;
        }

        HttpContent content;
        if (file is not null)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
            {
                multipart.Add(new StringContent(value), name);
            }

            var bytes = new ByteArrayContent(file.Content);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            multipart.Add(bytes, file.Field, file.FileName);
            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        }

        return await Read(await _client.PostAsync(action, content), action, follow);
    }

    private static List<(string Name, string Value)> FieldsOf(IHtmlFormElement form)
    {
        var fields = new List<(string, string)>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name && input.Type is not ("submit" or "button" or "file"):
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
                    {
                        fields.Add((name, input.Value));
                    }

                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault();
                    fields.Add((name, option?.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement textArea when textArea.Name is { Length: > 0 } name:
                    fields.Add((name, textArea.Value));
                    break;
            }
        }

        return fields;
    }

    private async Task<UiPage> Read(HttpResponseMessage response, string url, bool follow)
    {
        if (follow && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found
            && response.Headers.Location is { } location)
        {
            var next = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
            return await Get(next);
        }

        var html = await response.Content.ReadAsStringAsync();
        var document = await Parser.OpenAsync(request => request.Content(html).Address("http://localhost" + url));
        return new UiPage(response.StatusCode, url, response.Headers.Location?.OriginalString, html, document);
    }
}

/// <summary>A page as the session received it: status, its address, where a redirect pointed, and the parsed document.</summary>
public sealed record UiPage(HttpStatusCode Status, string Url, string? Location, string Html, IDocument Document)
{
    /// <summary>The visible text of the page's main content, whitespace collapsed.</summary>
    public string Text => Collapse(Document.QuerySelector("main")?.TextContent ?? Document.Body?.TextContent ?? string.Empty);

    public string HeaderText => Collapse(Document.QuerySelector("header")?.TextContent ?? string.Empty);

    public string? Flash => Document.QuerySelector(".flash")?.TextContent.Trim();

    /// <summary>The antiforgery token of the page's forms.</summary>
    public string Token =>
        (Document.QuerySelector("input[name='__RequestVerificationToken']") as IHtmlInputElement)?.Value
        ?? throw new AssertionException($"No antiforgery token on {Url}.");

    public string Language => Document.DocumentElement.GetAttribute("lang") ?? string.Empty;

    public IReadOnlyList<string> SummaryErrors =>
        Document.QuerySelectorAll(".error-summary li").Select(li => Collapse(li.TextContent)).ToList();

    /// <summary>The error shown next to the field with this id (e.g. Input_FirstDay).</summary>
    public string? FieldError(string id) =>
        Document.GetElementById($"{id}-error") is { } error ? Collapse(error.TextContent) : null;

    public string? LabelOf(string id) =>
        Document.QuerySelector($"label[for='{id}']") is { } label ? Collapse(label.TextContent) : null;

    public string? ValueOf(string id) => Document.GetElementById(id) switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlSelectElement select => select.Value,
        IHtmlTextAreaElement textArea => textArea.Value,
        _ => null,
    };

    public IReadOnlyList<string> Links(string selector) =>
        Document.QuerySelectorAll(selector).Select(a => Collapse(a.TextContent)).ToList();

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

public sealed record UploadFile(string Field, string FileName, byte[] Content);
