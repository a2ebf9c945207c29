namespace CleanStudents.WebApi.Errors;

/// <summary>The stable <c>type</c> URI of each problem status (RFC 9110's definitions).</summary>
internal static class ProblemTypes
{
    private static readonly Dictionary<int, string> Types = new()
    {
        [400] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        [401] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
        [403] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
        [404] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        [405] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        [406] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7",
        [408] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9",
        [409] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
        [412] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13",
        [413] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
        [415] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16",
        [422] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21",
        [429] = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        [500] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
        [501] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2",
        [503] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
        [504] = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5",
    };

    public static string For(int status) => Types.TryGetValue(status, out var type) ? type : "about:blank";
}
