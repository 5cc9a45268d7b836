using Lantern.Web;

var demo = args.Contains("--demo");
var app = LanternApp.Build([.. args.Where(a => a != "--demo")]);
await LanternApp.RunAsync(app, demo);

public partial class Program;
