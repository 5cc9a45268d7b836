using Lantern.Web;

LanternApp.Build(LanternApp.ExpandShortcuts(args)).Run();

public partial class Program;
