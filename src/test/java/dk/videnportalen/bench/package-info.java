/**
 * Benchmarks run against a real portal over HTTP (bench/*.sh start them): relevance through the
 * search API, ingest throughput, search latency. Not tests: they print figures and ratios against
 * a baseline measured in the same run, and never assert timings.
 */
package dk.videnportalen.bench;
