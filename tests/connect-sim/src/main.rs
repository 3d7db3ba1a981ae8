//! The `connect-sim` command: serves a scenario file until killed, announcing its address as the
//! first line of standard output so scripts can read it.

use connect_sim::{Scenario, Sim};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: connect-sim --scenario FILE [--port N]";

struct Args {
    scenario: PathBuf,
    port: u16,
}

fn parse_args() -> Result<Args, String> {
    let mut scenario = None;
    let mut port = 0u16;
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--scenario") => {
                scenario = Some(PathBuf::from(
                    args.next().ok_or("--scenario needs a file name")?,
                ));
            }
            Some("--port") => {
                let value = args.next().ok_or("--port needs a number")?;
                port = value
                    .to_str()
                    .and_then(|v| v.parse().ok())
                    .ok_or_else(|| format!("--port: {value:?} is not a port number"))?;
            }
            Some("--help" | "-h") => return Err(String::new()),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    let scenario = scenario.ok_or("--scenario FILE is required")?;
    Ok(Args { scenario, port })
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) if message.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("connect-sim: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let scenario = match Scenario::load(&args.scenario) {
        Ok(scenario) => scenario,
        Err(e) => {
            eprintln!("connect-sim: bad scenario: {e}");
            return ExitCode::from(1);
        }
    };
    let sim = match Sim::start_on(scenario, args.port).await {
        Ok(sim) => sim,
        Err(e) => {
            eprintln!("connect-sim: cannot listen on 127.0.0.1:{}: {e}", args.port);
            return ExitCode::from(1);
        }
    };
    let mut stdout = std::io::stdout();
    // Scripts block on this line; flush so they do not wait for a buffer to fill.
    if writeln!(stdout, "{}", sim.endpoint_url())
        .and_then(|()| stdout.flush())
        .is_err()
    {
        return ExitCode::from(1);
    }
    std::future::pending::<()>().await;
    ExitCode::SUCCESS
}
