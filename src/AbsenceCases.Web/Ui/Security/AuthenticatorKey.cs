using QRCoder;

namespace AbsenceCases.Web.Ui.Security;

/// <summary>An authenticator app's shared secret as the enrolment page shows it: in groups to type, and as a QR code to scan.</summary>
public sealed record AuthenticatorKey(string Key, string Account, string Issuer)
{
    private const int GroupLength = 4;

    /// <summary>The key in lower-case groups of four, e.g. <c>abcd efgh …</c>.</summary>
    public string Grouped => string.Join(' ', Key.ToLowerInvariant().Chunk(GroupLength).Select(group => new string(group)));

    /// <summary>The Key Uri Format the authenticator apps read: <c>otpauth://totp/Issuer:account?secret=…&amp;issuer=Issuer</c>.</summary>
    public string Uri =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(Account)}" +
        $"?secret={Key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>The QR code of <see cref="Uri"/> as a PNG data: address (the Content-Security-Policy allows data: images).</summary>
    public string QrCodeDataUri =>
        "data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(Uri, QRCodeGenerator.ECCLevel.M, 5));
}
