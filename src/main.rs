use std::process::ExitCode;

use clap::Parser;

use newsdesk::cli::{Cli, Command};
use newsdesk::commands;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Extract(args)) => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            match commands::extract::run(&args, &mut out) {
                Ok(code) => ExitCode::from(code as u8),
                // A closed pipe (`| head`) is the reader's choice, not an error of ours.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("newsdesk: {e}");
                    ExitCode::from(1)
                }
            }
        }
        None => {
            eprintln!("newsdesk: the dashboard is not built yet; try `newsdesk extract PATH`");
            ExitCode::from(2)
        }
    }
}
