using System.Diagnostics;

namespace Lantern.Testing;

/// <summary>The words of a PDF, as poppler's pdftotext reads them (Debian's poppler-utils; ./test.sh installs it). Shared by the test projects (linked source).</summary>
public static class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"lantern-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException("pdftotext did not start.");
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.ShouldBe(0, await process.StandardError.ReadToEndAsync());
            // Table cells wrap onto several lines; one space for every run of whitespace lets tests find whole phrases.
            return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("pdftotext is not installed: run ./test.sh as root, or apt-get install poppler-utils.");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
