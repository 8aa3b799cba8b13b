use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = gatehouse::cli::Cli::parse();
    match gatehouse::cli::run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            gatehouse::telemetry::fatal(&error);
            ExitCode::from(gatehouse::cli::exit_status(&error))
        }
    }
}
