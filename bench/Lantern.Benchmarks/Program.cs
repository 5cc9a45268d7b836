using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Lantern.Benchmarks -- --filter '*'
// (bench/run-coverage.sh also provides a throwaway PostgreSQL server.)
BenchmarkSwitcher.FromAssembly(typeof(Lantern.Benchmarks.CoverageBenchmarks).Assembly).Run(args);
