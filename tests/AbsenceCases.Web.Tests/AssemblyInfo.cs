// Two fixtures at a time: each has its own installations (database files, hosts and their fake clocks).
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
