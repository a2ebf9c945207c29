using System.Net.Http.Headers;
using System.Text;

namespace CleanStudents.Infrastructure.Storage;

/// <summary>
/// <c>Content-Disposition: attachment</c> naming the original file (RFC 6266): <c>filename*</c> carries it whole,
/// UTF-8 percent-encoded (RFC 5987); <c>filename</c> an ASCII stand-in for clients that know only that. Neither lets
/// a name break out of the header.
/// </summary>
internal static class AttachmentDisposition
{
    public static string For(string fileName) =>
        new ContentDispositionHeaderValue("attachment") { FileName = $"\"{AsciiStandIn(fileName)}\"", FileNameStar = fileName }.ToString();

    /// <summary>The name with every character that is not printable ASCII, a quote or a backslash replaced by '_'.</summary>
    private static string AsciiStandIn(string fileName)
    {
        var ascii = new StringBuilder(fileName.Length);
        foreach (var c in fileName)
        {
            ascii.Append(c is >= ' ' and <= '~' and not '"' and not '\\' ? c : '_');
        }

        return ascii.ToString();
    }
}
