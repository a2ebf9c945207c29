namespace CleanStudents.Application.SignUps;

/// <summary>Who may sign themselves up (section <c>Cognito</c>, shared with the pool's other settings).</summary>
public sealed class SignUpOptions
{
    public const string Section = "Cognito";

    /// <summary>Common throwaway-mail providers, refused unless configuration names its own list.</summary>
    public static readonly IReadOnlyList<string> DefaultDisposableEmailDomains =
    [
        "mailinator.com", "tempmail.com", "temp-mail.org", "10minutemail.com", "guerrillamail.com",
        "guerrillamail.net", "sharklasers.com", "yopmail.com", "trashmail.com", "getnada.com",
        "dispostable.com", "maildrop.cc", "throwawaymail.com", "fakeinbox.com", "mailnesia.com",
    ];

    /// <summary>
    /// Email domains refused at self sign-up (subdomains too). Configured as a list or, as the CloudFormation
    /// template sets it, one comma-separated value; unset means <see cref="DefaultDisposableEmailDomains"/>.
    /// </summary>
    public IReadOnlySet<string> DisposableEmailDomains { get; set; } =
        new HashSet<string>(DefaultDisposableEmailDomains, StringComparer.OrdinalIgnoreCase);
}
