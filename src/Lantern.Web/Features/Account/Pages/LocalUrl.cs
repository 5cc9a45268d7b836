namespace Lantern.Web.Features.Account.Pages;

public static class LocalUrl
{
    /// <summary>The return URL when it stays on this site ("/x", not "//evil" or "/\evil"), else "/".</summary>
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
