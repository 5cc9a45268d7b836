using System.CommandLine;
using Lantern.Web.Data;
using Lantern.Web.Infrastructure.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Cli;

internal static class AuditCommand
{
    public static Command Create()
    {
        var verify = new Command("verify", "Check the audit trail's hash chain; exits 1 and names the first bad record if any was removed or altered.");
        verify.SetAction(async (_, cancellationToken) =>
        {
            await using var services = Host.OpenData();
            using var scope = services.CreateScope();
            var result = await AuditChain.VerifyAsync(scope.ServiceProvider.GetRequiredService<LanternDbContext>(), cancellationToken);
            if (!result.Intact)
            {
                await Console.Error.WriteLineAsync($"The audit trail is broken: {result.Problem}. The {result.Count} records before it check out.");
                return 1;
            }

            // The head hash lets an operator notice later that the newest records were cut off.
            Console.WriteLine($"The audit trail is intact: {result.Count} records, head hash {result.HeadHash}.");
            return 0;
        });

        return new Command("audit", "The audit trail.") { verify };
    }
}
