//! The shared corpus beside the repository (`../shared/corpus`, see the developers' guide),
//! and the seed article committed as a fixture.
//!
//! A test that needs the corpus skips with a message where it is absent (a clone on its
//! own), but fails where `CI` is set: there a missing folder is a broken setup, and a test
//! that passes by doing nothing would hide it.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// `../shared/corpus/{sub}` when it is there. Panics when it is not and `CI` is set.
pub fn corpus(sub: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(sub);
    if dir.exists() {
        return Some(dir);
    }
    if std::env::var_os("CI").is_some() {
        panic!("{} is missing and CI is set", dir.display());
    }
    eprintln!("skipping: {} is not here", dir.display());
    None
}

/// The seed article, `/work/shared/corpus/seed.json` byte for byte, committed so the tests
/// of what it yields always run.
pub fn seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed.json")
}
