using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using HfsBot.Benchmarks;

// Few iterations: the plain FuzzySharp baseline takes about a second per question at 10,000 entries.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(7))
    .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
    .WithOptions(ConfigOptions.JoinSummary);

BenchmarkSwitcher.FromTypes([typeof(MatchingBenchmarks), typeof(LoadingBenchmarks)]).Run(args, config);
