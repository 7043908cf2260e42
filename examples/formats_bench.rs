//! Reads article files as the dashboard's readers do (format detection, parsing, clean-up; no
//! figures, no output) and prints, for each, the entries it gave and the time it took. Run
//! under `/usr/bin/time -f "%e s %M KB"`, one file per process, for the peak memory of
//! reading it: BENCHMARKS.md "Formats". `scripts/gen-formats-bench.py` writes hostile files.

use std::time::Instant;

use newsdesk::article::{read_file, DEFAULT_MAX_FILE_SIZE};

fn main() {
    for path in std::env::args_os().skip(1) {
        let start = Instant::now();
        let entries = read_file(path.as_ref(), DEFAULT_MAX_FILE_SIZE);
        let elapsed = start.elapsed();
        let ok = entries.iter().filter(|e| e.result.is_ok()).count();
        let first_error = entries.iter().find_map(|e| e.result.as_ref().err());
        println!(
            "{}: {} entries ({ok} articles) in {:.1} ms{}",
            path.to_string_lossy(),
            entries.len(),
            elapsed.as_secs_f64() * 1000.0,
            first_error.map_or(String::new(), |e| format!(", first error: {e}")),
        );
    }
}
