//! The command line's grammar (clap), kept free of the app's types so the build script can
//! generate shell completions and the man page from the very same definition.

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "connect-sso", version, about = "One-click Amazon Connect sign-in", long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the AWS profiles (from ~/.aws/config and ~/.aws/credentials).
    Profiles(Output),
    /// List the Amazon Connect instances a profile can see (its region, or every region).
    Instances {
        #[command(flatten)]
        target: ProfileArg,
        /// Search every Amazon Connect region of the profile's partition, concurrently.
        #[arg(long)]
        all_regions: bool,
        /// With --all-regions: ask AWS now instead of using a list younger than 15 minutes.
        #[arg(long, requires = "all_regions")]
        refresh: bool,
        #[command(flatten)]
        output: Output,
    },
    /// Sign in: get a federation token, keep the tokens in the keychain, open the browser.
    SignIn {
        #[command(flatten)]
        target: Target,
        /// Do not open the browser.
        #[arg(long)]
        no_open: bool,
        /// Print the sign-in URL (a bearer secret: anyone with it is signed in as you).
        #[arg(long)]
        print_url: bool,
        /// Read the one-time MFA code (for a profile whose role needs one) from standard input,
        /// one line: for scripts. On a terminal the code is asked for without echo; it is never
        /// an argument, which shell history and other users' process lists would keep.
        #[arg(long)]
        mfa_code_stdin: bool,
        #[command(flatten)]
        browser: BrowserArgs,
        #[command(flatten)]
        output: Output,
    },
    /// Re-open a stored session in the browser with its stored tokens (signs in afresh when
    /// they are expired or missing).
    Open {
        #[command(flatten)]
        target: Target,
        #[command(flatten)]
        browser: BrowserArgs,
        #[command(flatten)]
        output: Output,
    },
    /// List the browsers Connect SSO can open an instance in, installed or not, with their
    /// profiles.
    Browsers(Output),
    /// Forget a session's tokens.
    SignOut {
        #[command(flatten)]
        target: Target,
        /// Also open the instance's Amazon Connect logout page in the browser.
        #[arg(long)]
        browser: bool,
        #[command(flatten)]
        output: Output,
    },
    /// Sign in to IAM Identity Center for an SSO profile: approve in the browser, which comes
    /// back here (a device code when it cannot); the token goes to the AWS CLI's cache, so the
    /// CLI can use it too.
    SsoLogin {
        #[command(flatten)]
        target: ProfileArg,
        /// Do not open the browser; open the printed URL yourself (signs in by device code).
        #[arg(long)]
        no_open: bool,
        /// Sign in by device code (compare a code on the page) instead of the browser redirect.
        #[arg(long)]
        use_device_code: bool,
        #[command(flatten)]
        output: Output,
    },
    /// Write an app profile (defined in the settings) into the AWS config, for the AWS CLI.
    ExportProfile {
        #[command(flatten)]
        target: ProfileArg,
        #[command(flatten)]
        output: Output,
    },
    /// Show the stored sessions and when their tokens expire.
    Status(Output),
    /// End of shift: forget every stored session (for shared desks).
    EndShift(Output),
    /// Pin or unpin an instance (pinned instances come first and sit in the tray menu).
    Pin {
        #[command(flatten)]
        target: Target,
        /// Unpin instead.
        #[arg(long)]
        remove: bool,
        #[command(flatten)]
        output: Output,
    },
    /// The IT policy: check a file, or show the one in force.
    Policy {
        #[command(subcommand)]
        command: PolicyCommand,
    },
    /// Check that a profile (and instance) can sign in here: credentials, identity, region,
    /// instance, keychain, browser.
    Doctor {
        #[command(flatten)]
        target: Target,
        #[command(flatten)]
        output: Output,
    },
    /// Save a zip for the helpdesk: versions, doctor for every profile, settings, policy,
    /// discovery cache, stored sessions (no tokens), recent logs and crash reports.
    Diagnostics {
        /// Where to write it (default: connect-sso-diagnostics-DATE-TIME.zip here).
        #[arg(long, short)]
        output: Option<std::path::PathBuf>,
        #[command(flatten)]
        format: Output,
    },
    /// Print shell completions (also installed by the packages).
    Completions { shell: clap_complete::Shell },
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Check a policy file; prints the exact field of a mistake.
    Validate {
        file: std::path::PathBuf,
        #[command(flatten)]
        output: Output,
    },
    /// Show where the policy is read from and whether it applies.
    Show(Output),
}

/// Which browser opens the page, for this command only (over the settings; refused when the IT
/// policy locks the browser).
#[derive(Debug, Args)]
pub struct BrowserArgs {
    /// The browser: default, chrome, chromium, edge, brave or firefox.
    #[arg(long, value_parser = ["default", "chrome", "chromium", "edge", "brave", "firefox"])]
    pub browser: Option<String>,
    /// One of its profiles, by the name the browser shows (e.g. "Work").
    #[arg(long, requires = "browser")]
    pub browser_profile: Option<String>,
    /// A private window (Chrome's incognito, Edge's InPrivate, Firefox's private window).
    #[arg(long, requires = "browser")]
    pub private: bool,
}

#[derive(Debug, Args)]
pub struct Output {
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ProfileArg {
    /// AWS profile (default: AWS_PROFILE, else the last one used, else `default`).
    #[arg(long, short)]
    pub profile: Option<String>,
}

#[derive(Debug, Args)]
pub struct Target {
    #[command(flatten)]
    pub profile: ProfileArg,
    /// Instance ID or ARN (default: the last one used).
    #[arg(long, short)]
    pub instance: Option<String>,
}
