using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Lantern.Web.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Lantern.Web.Infrastructure.Security;

/// <summary>
/// The keys that sign cookies and antiforgery tokens live in the database, so every instance of
/// Lantern shares them, and are encrypted there with a certificate kept outside the database, so a
/// copy of the database alone cannot forge a session. The certificate is read from
/// <c>DataProtection:CertificatePath</c> (a PKCS#12 file, password in <c>DataProtection:CertificatePassword</c>);
/// when no file is there yet, one is made, readable by its owner only.
/// </summary>
public static class KeyRing
{
    public const string DefaultCertificatePath = "data/keyring.pfx";

    public static WebApplicationBuilder AddLanternKeyRing(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var certificate = KeyRingCertificate.LoadOrCreate(
            configuration["DataProtection:CertificatePath"] is { Length: > 0 } path ? path : DefaultCertificatePath,
            configuration["DataProtection:CertificatePassword"]);
        builder.Services.AddDataProtection()
            .SetApplicationName("Lantern")
            .PersistKeysToDbContext<LanternDbContext>()
            .ProtectKeysWithCertificate(certificate)
            // Off Windows no certificate store is searched: the decrypting certificate is named here.
            .UnprotectKeysWithAnyCertificate(certificate);
        return builder;
    }

    /// <summary>
    /// Makes the ring hold a current key before any command runs. The first key is written to the
    /// database, which on SQLite cannot happen while a command's transaction holds the write lock
    /// (resetting a password protects a token inside that transaction).
    /// </summary>
    public static void EnsureCurrentKey(IServiceProvider services) =>
        services.GetService<IDataProtectionProvider>()?.CreateProtector("Lantern.KeyRing.Start").Protect([0]);
}

/// <summary>The certificate that protects the key ring: loaded from its file, or made there the first time.</summary>
internal static class KeyRingCertificate
{
    public static X509Certificate2 LoadOrCreate(string path, string? password)
    {
        if (!File.Exists(path))
        {
            Create(path, password);
        }

        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException(
                $"The key ring certificate {Path.GetFullPath(path)} cannot be read ({ex.Message}). Check DataProtection:CertificatePath and DataProtection:CertificatePassword.", ex);
        }
    }

    private static void Create(string path, string? password)
    {
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=Lantern key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(100));
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        // Written aside and moved into place, so two instances starting together agree on one file.
        var draft = Path.Combine(directory, $".keyring-{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new FileStream(draft, options))
        {
            file.Write(certificate.Export(X509ContentType.Pfx, password));
        }

        try
        {
            File.Move(draft, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(draft);
        }
    }
}
