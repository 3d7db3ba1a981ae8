//! Where each supported browser lives on this OS: how to start it (PATH and desktop entries on
//! Linux, the registry's `StartMenuInternet` on Windows, application bundles on macOS) and the
//! folders its profiles are listed in. Standard library and the OS API only, so the Windows and
//! macOS sides are type-checked on Linux (`tests/platform-check`).

#[cfg(unix)]
use std::path::Path;
use std::path::PathBuf;

/// The browsers the app knows how to start with a profile and a private window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Chrome,
    Chromium,
    Edge,
    Brave,
    Firefox,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Chrome,
        Kind::Chromium,
        Kind::Edge,
        Kind::Brave,
        Kind::Firefox,
    ];

    /// The ID scripts and settings use (`--browser chrome`).
    pub fn id(self) -> &'static str {
        match self {
            Kind::Chrome => "chrome",
            Kind::Chromium => "chromium",
            Kind::Edge => "edge",
            Kind::Brave => "brave",
            Kind::Firefox => "firefox",
        }
    }

    pub fn from_id(id: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.id() == id)
    }

    /// The product name (a brand: the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Chrome => "Google Chrome",
            Kind::Chromium => "Chromium",
            Kind::Edge => "Microsoft Edge",
            Kind::Brave => "Brave",
            Kind::Firefox => "Firefox",
        }
    }
}

/// What this computer offers to look in; tests point it at a temporary HOME.
#[derive(Debug, Clone, Default)]
pub struct Env {
    pub home: PathBuf,
    /// `$XDG_CONFIG_HOME` (Linux), else `~/.config`.
    pub config_home: PathBuf,
    /// `PATH`, in order.
    pub path: Vec<PathBuf>,
    /// `$XDG_DATA_HOME` then `$XDG_DATA_DIRS` (Linux), with the Flatpak and Snap exports.
    pub data_dirs: Vec<PathBuf>,
    /// `%LOCALAPPDATA%` and `%APPDATA%` (Windows).
    pub local_app_data: Option<PathBuf>,
    pub app_data: Option<PathBuf>,
    /// `%ProgramFiles%` and `%ProgramFiles(x86)%` (Windows).
    pub program_files: Vec<PathBuf>,
}

impl Env {
    /// This process's environment.
    pub fn from_os() -> Env {
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        let home = var("HOME")
            .or_else(|| var("USERPROFILE"))
            .map(PathBuf::from)
            .unwrap_or_default();
        let config_home = var("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| home.join(".config"));
        let data_home = var("XDG_DATA_HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| home.join(".local/share"));
        // A session that sets XDG_DATA_DIRS lists Flatpak's and Snap's exports itself (their
        // profile scripts add them); without it, the defaults plus those exports.
        let system_data = var("XDG_DATA_DIRS")
            .map(|dirs| std::env::split_paths(&dirs).collect::<Vec<_>>())
            .unwrap_or_else(|| {
                vec![
                    "/usr/local/share".into(),
                    "/usr/share".into(),
                    "/var/lib/flatpak/exports/share".into(),
                    "/var/lib/snapd/desktop".into(),
                ]
            });
        let mut data_dirs = vec![data_home.clone(), data_home.join("flatpak/exports/share")];
        data_dirs.extend(system_data);
        Env {
            home,
            config_home,
            path: var("PATH")
                .map(|path| std::env::split_paths(&path).collect())
                .unwrap_or_default(),
            data_dirs,
            local_app_data: var("LOCALAPPDATA").map(PathBuf::from),
            app_data: var("APPDATA").map(PathBuf::from),
            program_files: ["ProgramFiles", "ProgramFiles(x86)"]
                .into_iter()
                .filter_map(var)
                .map(PathBuf::from)
                .collect(),
        }
    }
}

/// How to start a browser: its program and the arguments that come before ours (a Flatpak
/// desktop entry runs `flatpak run … com.google.Chrome`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
    pub program: PathBuf,
    pub prefix: Vec<String>,
    /// Where it was found, for `connect-sso browsers` and the helpdesk.
    pub found_in: String,
}

/// The first way to start `kind` this computer offers.
pub fn find_command(kind: Kind, env: &Env) -> Option<Command> {
    os::find_command(kind, env)
}

/// The folders `kind` keeps its profile list in (`Local State` for the Chromium family,
/// `profiles.ini` for Firefox), most likely first.
pub fn profile_roots(kind: Kind, env: &Env) -> Vec<PathBuf> {
    os::profile_roots(kind, env)
}

/// The first file called `name` in `dirs`.
#[cfg(all(unix, not(target_os = "macos")))]
fn on_path(dirs: &[PathBuf], names: &[&str]) -> Option<PathBuf> {
    names.iter().find_map(|name| {
        dirs.iter()
            .map(|dir| dir.join(name))
            .find(|candidate| is_program(candidate))
    })
}

/// An executable file (Windows finds its programs in the registry, not by mode bits).
#[cfg(unix)]
fn is_program(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
}

/// The program and arguments of a desktop entry's `Exec` line, without its field codes (`%U`,
/// and Flatpak's `@@u … @@` markers): what the launcher would run before the URL.
pub fn desktop_exec(entry: &str) -> Option<Vec<String>> {
    let mut in_main_group = false;
    for line in entry.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_main_group = line == "[Desktop Entry]";
            continue;
        }
        if let Some(exec) = line.strip_prefix("Exec=").filter(|_| in_main_group) {
            let words: Vec<String> = split_exec(exec)
                .into_iter()
                .filter(|word| !(word.starts_with('%') && word.len() == 2))
                .filter(|word| !word.starts_with("@@"))
                .collect();
            return (!words.is_empty()).then_some(words);
        }
    }
    None
}

/// Splits an `Exec` value as the Desktop Entry spec quotes it: double quotes group, a backslash
/// escapes inside them.
fn split_exec(exec: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut started = false;
    let mut chars = exec.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                quoted = !quoted;
                started = true;
            }
            '\\' if quoted => {
                if let Some(next) = chars.next() {
                    word.push(next);
                }
            }
            c if c.is_whitespace() && !quoted => {
                if started {
                    words.push(std::mem::take(&mut word));
                    started = false;
                }
            }
            c => {
                word.push(c);
                started = true;
            }
        }
    }
    if started {
        words.push(word);
    }
    words
}

#[cfg(all(unix, not(target_os = "macos")))]
mod os {
    use super::{desktop_exec, is_program, on_path, Command, Env, Kind};
    use std::path::PathBuf;

    /// Program names on PATH, as distributions and the vendors' packages install them.
    fn programs(kind: Kind) -> &'static [&'static str] {
        match kind {
            Kind::Chrome => &["google-chrome-stable", "google-chrome"],
            Kind::Chromium => &["chromium", "chromium-browser"],
            Kind::Edge => &["microsoft-edge-stable", "microsoft-edge"],
            Kind::Brave => &["brave-browser", "brave-browser-stable", "brave"],
            Kind::Firefox => &["firefox", "firefox-esr"],
        }
    }

    /// Desktop entries: the vendors' packages, Flatpak IDs, Snap names.
    fn desktop_entries(kind: Kind) -> &'static [&'static str] {
        match kind {
            Kind::Chrome => &["google-chrome.desktop", "com.google.Chrome.desktop"],
            Kind::Chromium => &[
                "chromium.desktop",
                "chromium-browser.desktop",
                "org.chromium.Chromium.desktop",
                "chromium_chromium.desktop",
            ],
            Kind::Edge => &["microsoft-edge.desktop", "com.microsoft.Edge.desktop"],
            Kind::Brave => &["brave-browser.desktop", "com.brave.Browser.desktop"],
            Kind::Firefox => &[
                "firefox.desktop",
                "firefox-esr.desktop",
                "org.mozilla.firefox.desktop",
                "firefox_firefox.desktop",
            ],
        }
    }

    pub fn find_command(kind: Kind, env: &Env) -> Option<Command> {
        if let Some(program) = on_path(&env.path, programs(kind)) {
            return Some(Command {
                program,
                prefix: Vec::new(),
                found_in: "PATH".to_string(),
            });
        }
        for dir in &env.data_dirs {
            for name in desktop_entries(kind) {
                let entry = dir.join("applications").join(name);
                let Ok(text) = std::fs::read_to_string(&entry) else {
                    continue;
                };
                let Some(mut words) = desktop_exec(&text) else {
                    continue;
                };
                let first = PathBuf::from(words.remove(0));
                let program = if first.is_absolute() {
                    Some(first).filter(|p| is_program(p))
                } else {
                    first.to_str().and_then(|name| on_path(&env.path, &[name]))
                };
                if let Some(program) = program {
                    return Some(Command {
                        program,
                        prefix: words,
                        found_in: entry.display().to_string(),
                    });
                }
            }
        }
        None
    }

    pub fn profile_roots(kind: Kind, env: &Env) -> Vec<PathBuf> {
        let (config, home, var) = (&env.config_home, &env.home, env.home.join(".var/app"));
        match kind {
            Kind::Chrome => vec![
                config.join("google-chrome"),
                var.join("com.google.Chrome/config/google-chrome"),
            ],
            Kind::Chromium => vec![
                config.join("chromium"),
                home.join("snap/chromium/common/chromium"),
                var.join("org.chromium.Chromium/config/chromium"),
            ],
            Kind::Edge => vec![
                config.join("microsoft-edge"),
                var.join("com.microsoft.Edge/config/microsoft-edge"),
            ],
            Kind::Brave => vec![
                config.join("BraveSoftware/Brave-Browser"),
                var.join("com.brave.Browser/config/BraveSoftware/Brave-Browser"),
            ],
            Kind::Firefox => vec![
                home.join(".mozilla/firefox"),
                home.join("snap/firefox/common/.mozilla/firefox"),
                var.join("org.mozilla.firefox/.mozilla/firefox"),
            ],
        }
    }
}

#[cfg(target_os = "macos")]
mod os {
    use super::{is_program, Command, Env, Kind};
    use std::path::PathBuf;

    /// The bundle and the executable inside it.
    fn bundle(kind: Kind) -> (&'static str, &'static str) {
        match kind {
            Kind::Chrome => ("Google Chrome.app", "Google Chrome"),
            Kind::Chromium => ("Chromium.app", "Chromium"),
            Kind::Edge => ("Microsoft Edge.app", "Microsoft Edge"),
            Kind::Brave => ("Brave Browser.app", "Brave Browser"),
            Kind::Firefox => ("Firefox.app", "firefox"),
        }
    }

    pub fn find_command(kind: Kind, env: &Env) -> Option<Command> {
        let (app, executable) = bundle(kind);
        [
            PathBuf::from("/Applications"),
            env.home.join("Applications"),
        ]
        .into_iter()
        .map(|dir| dir.join(app).join("Contents/MacOS").join(executable))
        .find(|path| is_program(path))
        .map(|program| Command {
            found_in: program
                .ancestors()
                .nth(3)
                .map(|bundle| bundle.display().to_string())
                .unwrap_or_default(),
            program,
            prefix: Vec::new(),
        })
    }

    pub fn profile_roots(kind: Kind, env: &Env) -> Vec<PathBuf> {
        let support = env.home.join("Library/Application Support");
        vec![match kind {
            Kind::Chrome => support.join("Google/Chrome"),
            Kind::Chromium => support.join("Chromium"),
            Kind::Edge => support.join("Microsoft Edge"),
            Kind::Brave => support.join("BraveSoftware/Brave-Browser"),
            Kind::Firefox => support.join("Firefox"),
        }]
    }
}

#[cfg(windows)]
mod os {
    use super::{Command, Env, Kind};
    use std::path::PathBuf;
    use windows_sys::Win32::Foundation::ERROR_SUCCESS;
    use windows_sys::Win32::System::Registry::{
        RegCloseKey, RegEnumKeyExW, RegGetValueW, RegOpenKeyExW, HKEY, HKEY_CURRENT_USER,
        HKEY_LOCAL_MACHINE, KEY_READ, RRF_RT_REG_SZ,
    };

    const START_MENU_INTERNET: &str = r"SOFTWARE\Clients\StartMenuInternet";

    fn wide(text: &str) -> Vec<u16> {
        text.encode_utf16().chain(std::iter::once(0)).collect()
    }

    /// The executable's file name each browser registers (Chromium's is chrome.exe too, told
    /// apart by its folder).
    fn matches(kind: Kind, program: &std::path::Path) -> bool {
        let file = program
            .file_name()
            .map(|f| f.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let path = program.to_string_lossy().to_ascii_lowercase();
        match kind {
            Kind::Chrome => file == "chrome.exe" && path.contains(r"\google\chrome"),
            Kind::Chromium => file == "chrome.exe" && path.contains(r"\chromium"),
            Kind::Edge => file == "msedge.exe",
            Kind::Brave => file == "brave.exe",
            Kind::Firefox => file == "firefox.exe",
        }
    }

    /// The subkey names of `root\path`.
    fn subkeys(root: HKEY, path: &str) -> Vec<String> {
        let mut names = Vec::new();
        let mut key: HKEY = std::ptr::null_mut();
        let path = wide(path);
        // SAFETY: `path` is NUL-terminated and outlives the call; `key` is written on success.
        if unsafe { RegOpenKeyExW(root, path.as_ptr(), 0, KEY_READ, &mut key) } != ERROR_SUCCESS {
            return names;
        }
        for index in 0.. {
            let mut buffer = [0u16; 256];
            let mut length = buffer.len() as u32;
            // SAFETY: `buffer` holds `length` u16s; the other out-parameters are optional (null).
            let status = unsafe {
                RegEnumKeyExW(
                    key,
                    index,
                    buffer.as_mut_ptr(),
                    &mut length,
                    std::ptr::null(),
                    std::ptr::null_mut(),
                    std::ptr::null_mut(),
                    std::ptr::null_mut(),
                )
            };
            if status != ERROR_SUCCESS {
                break;
            }
            names.push(String::from_utf16_lossy(&buffer[..length as usize]));
        }
        // SAFETY: `key` was opened above and is closed once.
        unsafe { RegCloseKey(key) };
        names
    }

    /// The default (unnamed) string value of `root\path`.
    fn default_value(root: HKEY, path: &str) -> Option<String> {
        let path = wide(path);
        let mut buffer = vec![0u16; 1024];
        let mut bytes = (buffer.len() * 2) as u32;
        // SAFETY: `path` is NUL-terminated; `buffer` holds `bytes` bytes; a null value name is
        // the key's default value.
        let status = unsafe {
            RegGetValueW(
                root,
                path.as_ptr(),
                std::ptr::null(),
                RRF_RT_REG_SZ,
                std::ptr::null_mut(),
                buffer.as_mut_ptr().cast(),
                &mut bytes,
            )
        };
        if status != ERROR_SUCCESS {
            return None;
        }
        let length = (bytes as usize / 2).saturating_sub(1);
        Some(String::from_utf16_lossy(
            &buffer[..length.min(buffer.len())],
        ))
    }

    /// `"C:\…\chrome.exe" --single-argument %1` → the program.
    fn program_of(command: &str) -> PathBuf {
        let command = command.trim();
        let program = match command.strip_prefix('"') {
            Some(rest) => rest.split('"').next().unwrap_or_default(),
            None => command.split(' ').next().unwrap_or_default(),
        };
        PathBuf::from(program)
    }

    pub fn find_command(kind: Kind, env: &Env) -> Option<Command> {
        for (root, hive) in [(HKEY_CURRENT_USER, "HKCU"), (HKEY_LOCAL_MACHINE, "HKLM")] {
            for name in subkeys(root, START_MENU_INTERNET) {
                let key = format!(r"{START_MENU_INTERNET}\{name}\shell\open\command");
                let Some(command) = default_value(root, &key) else {
                    continue;
                };
                let program = program_of(&command);
                if matches(kind, &program) && program.is_file() {
                    return Some(Command {
                        program,
                        prefix: Vec::new(),
                        found_in: format!(r"{hive}\{START_MENU_INTERNET}\{name}"),
                    });
                }
            }
        }
        // Per-user installs that did not register (Chromium builds, portable setups).
        let relative: &[&str] = match kind {
            Kind::Chrome => &[r"Google\Chrome\Application\chrome.exe"],
            Kind::Chromium => &[r"Chromium\Application\chrome.exe"],
            Kind::Edge => &[r"Microsoft\Edge\Application\msedge.exe"],
            Kind::Brave => &[r"BraveSoftware\Brave-Browser\Application\brave.exe"],
            Kind::Firefox => &[r"Mozilla Firefox\firefox.exe"],
        };
        env.program_files
            .iter()
            .chain(env.local_app_data.iter())
            .flat_map(|dir| relative.iter().map(move |rel| dir.join(rel)))
            .find(|path| path.is_file())
            .map(|program| Command {
                found_in: program.display().to_string(),
                program,
                prefix: Vec::new(),
            })
    }

    pub fn profile_roots(kind: Kind, env: &Env) -> Vec<PathBuf> {
        let local = env.local_app_data.clone().unwrap_or_default();
        match kind {
            Kind::Chrome => vec![local.join(r"Google\Chrome\User Data")],
            Kind::Chromium => vec![local.join(r"Chromium\User Data")],
            Kind::Edge => vec![local.join(r"Microsoft\Edge\User Data")],
            Kind::Brave => vec![local.join(r"BraveSoftware\Brave-Browser\User Data")],
            Kind::Firefox => vec![env
                .app_data
                .clone()
                .unwrap_or_default()
                .join(r"Mozilla\Firefox")],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn desktop_exec_drops_field_codes_and_keeps_quoted_words() {
        let flatpak = "[Desktop Entry]\nName=Google Chrome\nExec=/usr/bin/flatpak run --branch=stable --command=/app/bin/chrome --file-forwarding com.google.Chrome @@u %U @@\n[Desktop Action new-window]\nExec=/usr/bin/flatpak run com.google.Chrome --new-window\n";
        assert_eq!(
            desktop_exec(flatpak).unwrap_or_default(),
            [
                "/usr/bin/flatpak",
                "run",
                "--branch=stable",
                "--command=/app/bin/chrome",
                "--file-forwarding",
                "com.google.Chrome"
            ]
        );
        let quoted =
            "[Desktop Entry]\nExec=\"/opt/My Browser/browser\" --flag \"a \\\"b\\\"\" %u\n";
        assert_eq!(
            desktop_exec(quoted).unwrap_or_default(),
            ["/opt/My Browser/browser", "--flag", "a \"b\""]
        );
        assert_eq!(desktop_exec("[Other]\nExec=x\n"), None);
    }

    #[test]
    fn ids_round_trip() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_id(kind.id()), Some(kind));
        }
        assert_eq!(Kind::from_id("safari"), None);
    }
}
