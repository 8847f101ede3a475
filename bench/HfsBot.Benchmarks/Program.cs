using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using HfsBot.Benchmarks;

// Few iterations: the plain FuzzySharp baseline takes seconds per question at 10,000 entries. Each of our
// iterations still runs thousands of questions, so three are plenty for a stable median.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3))
    .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
    .WithOptions(ConfigOptions.JoinSummary);

BenchmarkSwitcher.FromTypes([typeof(MatchingBenchmarks), typeof(LoadingBenchmarks)]).Run(args, config);
