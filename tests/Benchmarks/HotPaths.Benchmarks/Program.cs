using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(CleanStudents.HotPaths.Benchmarks.StudentPageJsonBenchmarks).Assembly).Run(args);
