//! How the program was started, decided from its arguments alone: the window (no arguments, a
//! `connect-sso://` link, or the autostart flag) or the command line (anything else). Both
//! programs and the autostart entry agree on it here, without loading the GUI.

use std::ffi::OsString;

/// The URL scheme of sign-in links (`connect-sso://sign-in?…`), registered with the desktop.
pub const SCHEME: &str = "connect-sso";

/// How the window process was started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Launch {
    /// By the person: show the window.
    Normal,
    /// By the login autostart entry: stay in the tray.
    Autostart,
}

/// The argument the autostart entry passes, so a login start can stay in the tray.
pub const AUTOSTART_ARG: &str = "--autostart";

/// The window's way of starting, when these arguments (program name first) are for the window
/// rather than the CLI: none, a single `connect-sso://` link (the desktop opens links that way),
/// or the autostart flag.
pub fn launch_of(args: &[OsString]) -> Option<Launch> {
    match args {
        [_] => Some(Launch::Normal),
        [_, arg] if arg == AUTOSTART_ARG => Some(Launch::Autostart),
        [_, arg]
            if arg
                .to_str()
                .is_some_and(|a| a.starts_with(&format!("{SCHEME}:"))) =>
        {
            Some(Launch::Normal)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn window_or_command_line() {
        assert_eq!(launch_of(&args(&["connect-sso"])), Some(Launch::Normal));
        assert_eq!(
            launch_of(&args(&["connect-sso", "--autostart"])),
            Some(Launch::Autostart)
        );
        assert_eq!(
            launch_of(&args(&[
                "connect-sso",
                "connect-sso://sign-in?profile=a&instance=b"
            ])),
            Some(Launch::Normal)
        );
        assert_eq!(launch_of(&args(&["connect-sso", "status"])), None);
        assert_eq!(
            launch_of(&args(&["connect-sso", "--autostart", "status"])),
            None
        );
    }
}
