using System.CommandLine;
using Lantern.Cli;

var root = new RootCommand("Lantern: software for anti-trafficking coalitions.")
{
    ServeCommand.Create(),
    DbCommand.Create(),
    AuditCommand.Create(),
    AdminCommand.Create(),
    DemoCommand.Create(),
    TransferCommands.CreateImport(),
    TransferCommands.CreateExport(),
    SemCommand.Create(),
    ScreenCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
