// The broker tests start five to ten service processes and kill some of them; on a two-core machine they and the
// in-process runs go one at a time, so that timeouts measure the system, not the neighbours.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
