"""Demo content for trials, screenshots and benchmarks."""
