using Lantern.SurveyLoad;

// bench/survey-load.sh drives these three steps; see docs/benchmarks.md, "Public survey submissions".
return args switch
{
    ["prepare", var database] => await BenchSurvey.PrepareAsync(database),
    ["load", var url, var publicKey, var total, var clients, var ackedFile] =>
        await LoadGenerator.RunAsync(new Uri(url), publicKey, int.Parse(total), int.Parse(clients), ackedFile),
    ["verify", var database, var ackedFile] => await BenchSurvey.VerifyAsync(database, ackedFile),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Lantern.SurveyLoad prepare <sqlite-file>        creates the benchmark survey and wave, prints the wave's public key
               Lantern.SurveyLoad load <base-url> <public-key> <submissions> <clients> <acked-file>
                                                               posts complete responses; writes each acknowledged marker to <acked-file>
               Lantern.SurveyLoad verify <sqlite-file> <acked-file>
                                                               checks that every acknowledged marker is stored
        """);
    return 2;
}
