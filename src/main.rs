use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use newsdesk::cli::{Cli, Command};
use newsdesk::{calibrate, commands, runtime, settings, terminal};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => runtime::run(cli.run),
        Some(Command::Extract(args)) => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            match commands::extract::run(&args, &mut out) {
                Ok(code) => ExitCode::from(code as u8),
                // A closed pipe (`| head`) is the reader's choice, not an error of ours.
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    terminal::print_error(format_args!("newsdesk: {e}"));
                    ExitCode::from(1)
                }
            }
        }
        Some(Command::Snapshot(args)) => {
            let mut out = io::stdout().lock();
            match commands::snapshot::run(&args, &mut out) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    terminal::print_error(e);
                    ExitCode::from(2)
                }
            }
        }
        Some(Command::Calibrate(args)) => {
            let path = settings::config_path(args.config.as_ref());
            let lang = path
                .as_deref()
                .and_then(|p| newsdesk::config::Config::load(p).ok())
                .and_then(|c| c.lang)
                .unwrap_or_else(newsdesk::i18n::Lang::from_env);
            match calibrate::run(path.as_ref(), lang) {
                Ok(Some(mode)) => {
                    let place = path.map_or("(not saved: no config dir)".into(), |p| {
                        p.display().to_string()
                    });
                    let said = format!("bidi = \"{mode}\" saved to {place}");
                    let _ = writeln!(io::stdout(), "{}", terminal::escape_controls(&said));
                    ExitCode::SUCCESS
                }
                Ok(None) => ExitCode::SUCCESS,
                Err(e) => {
                    terminal::print_error(format_args!("newsdesk: {e}"));
                    ExitCode::from(1)
                }
            }
        }
    }
}
