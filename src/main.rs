use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    ialint::cli::run(ialint::cli::Cli::parse())
}
