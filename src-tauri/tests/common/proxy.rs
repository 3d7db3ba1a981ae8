//! A real forward proxy on loopback for the corporate-network tests: tinyproxy (Debian's
//! `tinyproxy-bin`, installed by `scripts/setup.sh test`), started per test with its own
//! configuration, its log kept as the record of what went through it.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Tinyproxy {
    pub port: u16,
    log: PathBuf,
    child: Child,
}

impl Tinyproxy {
    /// Starts tinyproxy on a free loopback port with `extra` lines added to its configuration
    /// (`BasicAuth user password`, `ConnectPort 443`, …); its files go in `dir`.
    pub fn start(dir: &Path, extra: &str) -> Tinyproxy {
        let port = free_port();
        std::fs::create_dir_all(dir).unwrap();
        let log = dir.join("tinyproxy.log");
        let config = dir.join("tinyproxy.conf");
        std::fs::write(
            &config,
            format!(
                "Port {port}\nListen 127.0.0.1\nTimeout 30\nLogFile \"{}\"\nLogLevel Info\n\
                 MaxClients 20\nAllow 127.0.0.1\nDisableViaHeader Yes\n{extra}\n",
                log.display()
            ),
        )
        .unwrap();
        let child = Command::new("tinyproxy")
            .arg("-d")
            .arg("-c")
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("tinyproxy runs (scripts/setup.sh test installs tinyproxy-bin)");
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "tinyproxy did not start: {}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        Tinyproxy { port, log, child }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The request lines tinyproxy logged (`CONNECT 127.0.0.1:PORT HTTP/1.1`, `POST http://…`).
    pub fn requests(&self) -> Vec<String> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .filter_map(|line| {
                line.split_once("): ")
                    .map(|(_, request)| request.to_string())
            })
            .filter(|request| {
                ["CONNECT ", "GET ", "POST "]
                    .iter()
                    .any(|method| request.starts_with(method))
            })
            .collect()
    }

    /// Everything tinyproxy logged.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Tinyproxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A loopback port nobody listens on (bound, then released).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind(("127.0.0.1", 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
