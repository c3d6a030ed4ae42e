use std::process::ExitCode;

fn main() -> anyhow::Result<ExitCode> {
    byline::cli::run()
}
