//! What the program prints outside the dashboard carries no control or bidi-control character
//! from a config file or a file name: error messages, `--print-config`, `extract`'s JSON.

use std::path::Path;
use std::process::{Command, Output};

/// Characters a terminal acts on, or that reorder the line they are printed on.
fn raw_controls(bytes: &[u8]) -> Vec<char> {
    String::from_utf8_lossy(bytes)
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && c != '\t')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
        })
        .collect()
}

fn newsdesk(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(args)
        .env("XDG_CONFIG_HOME", home)
        .env("HOME", home)
        .output()
        .unwrap()
}

fn with_config(toml: &str, args: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config.toml");
    std::fs::write(&config, toml).unwrap();
    let log = home.path().join("newsdesk.log");
    let mut all = vec![
        "--config",
        config.to_str().unwrap(),
        "--log-file",
        log.to_str().unwrap(),
    ];
    all.extend(args);
    newsdesk(home.path(), &all)
}

#[test]
fn config_errors_are_escaped() {
    let out = with_config(
        "\"\\u001b]2;pwned\\u0007\\u009b2J\" = 1\n",
        &["--print-config"],
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(raw_controls(&out.stderr), vec![], "{stderr:?}");
    assert!(
        stderr.contains("\\u001B]2;pwned\\u0007\\u009B2J"),
        "{stderr:?}"
    );
}

#[test]
fn theme_errors_are_escaped() {
    let out = with_config("theme = \"\\u009b2J\\u202egnp\"\n", &[]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(raw_controls(&out.stderr), vec![], "{stderr:?}");
    assert!(stderr.contains("\\u009B2J\\u202Egnp"), "{stderr:?}");
}

#[test]
fn print_config_is_escaped() {
    let out = with_config(
        "watch = [\"\\u009b31m\\u202ereversed\", \"\\u001b[2J\"]\n",
        &["--print-config"],
    );
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(raw_controls(&out.stdout), vec![], "{stdout:?}");
    let back: toml::Table = toml::from_str(&stdout).expect("still TOML");
    assert_eq!(
        back["watch"][0].as_str(),
        Some("\u{9b}31m\u{202e}reversed"),
        "the escapes read back as the same value"
    );
}

#[test]
fn extract_json_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("csi\u{9b}31m\u{202e}nosj.json");
    std::fs::write(&good, r#"{"titr":"Quake hits Bam"}"#).unwrap();
    let bad = dir.path().join("bad\u{1b}]2;x\u{7}\u{7f}.json");
    std::fs::write(&bad, "{").unwrap();
    for pretty in [false, true] {
        let mut args = vec!["extract"];
        if pretty {
            args.push("--pretty");
        }
        args.push(dir.path().to_str().unwrap());
        let out = newsdesk(dir.path(), &args);
        assert_eq!(out.status.code(), Some(1));
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(raw_controls(&out.stdout), vec![], "{stdout:?}");
        let paths: Vec<String> = serde_json::Deserializer::from_str(&stdout)
            .into_iter::<serde_json::Value>()
            .map(|v| v.unwrap()["path"].as_str().unwrap().to_string())
            .collect();
        assert!(paths.contains(&good.display().to_string()), "{paths:?}");
        assert!(paths.contains(&bad.display().to_string()), "{paths:?}");
    }
}
