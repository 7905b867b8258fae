"""Benchmarks: not timed tests; they print tables (``make bench`` runs ``tests.bench.run``)."""
