//! Who this process runs as, and whether a file can be changed only by administrators (and, in
//! test builds, by this user): the trust checks behind the IT policy file and the browser
//! hand-off.

/// The effective user ID of this process.
#[cfg(unix)]
pub fn uid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

/// Why someone other than an administrator could change `path`, if they could.
///
/// Unix: the file must belong to root (in test builds also to this user) and be writable by no
/// group and no one else. Windows: its owner must be Administrators, SYSTEM or TrustedInstaller
/// (in test builds also this user) and its access list may grant write access to no one else.
#[cfg(unix)]
pub fn writable_by_others(path: &std::path::Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(error) => return Some(format!("cannot be inspected: {error}")),
    };
    let me = uid();
    let trusted = meta.uid() == 0 || (cfg!(debug_assertions) && meta.uid() == me);
    if !trusted {
        return Some(
            "does not belong to root, so someone other than an administrator could change it"
                .into(),
        );
    }
    if meta.mode() & 0o022 != 0 {
        return Some(format!(
            "is writable by its group or by everyone (mode {:o}); IT: chmod go-w",
            meta.mode() & 0o777
        ));
    }
    None
}

#[cfg(windows)]
pub use windows::{writable_by_others, Sid};

#[cfg(windows)]
mod windows {
    use std::ffi::c_void;
    use std::os::windows::ffi::OsStrExt;
    use std::path::Path;
    use windows_sys::Win32::Foundation::{CloseHandle, LocalFree, ERROR_SUCCESS, HANDLE};
    use windows_sys::Win32::Security::Authorization::{
        ConvertSidToStringSidW, GetNamedSecurityInfoW, SE_FILE_OBJECT,
    };
    use windows_sys::Win32::Security::{
        EqualSid, GetAce, GetLengthSid, GetTokenInformation, IsWellKnownSid, TokenUser,
        WinBuiltinAdministratorsSid, WinLocalSystemSid, ACCESS_ALLOWED_ACE, ACE_HEADER, ACL,
        DACL_SECURITY_INFORMATION, OWNER_SECURITY_INFORMATION, PSECURITY_DESCRIPTOR, PSID,
        TOKEN_QUERY, TOKEN_USER,
    };
    use windows_sys::Win32::System::Threading::{GetCurrentProcess, OpenProcessToken};

    /// The service account that owns Windows' own files.
    const TRUSTED_INSTALLER: &str =
        "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464";
    /// ACE type and flag values from the Windows SDK (winnt.h).
    const ACCESS_ALLOWED_ACE_TYPE: u8 = 0;
    const INHERIT_ONLY_ACE: u8 = 0x08;
    /// Any right that changes the file, its attributes, its access list or its owner, or (on a
    /// folder) adds, removes or replaces what it holds.
    const WRITE_RIGHTS: u32 = 0x0002 // FILE_WRITE_DATA / FILE_ADD_FILE
        | 0x0004 // FILE_APPEND_DATA / FILE_ADD_SUBDIRECTORY
        | 0x0010 // FILE_WRITE_EA
        | 0x0040 // FILE_DELETE_CHILD
        | 0x0100 // FILE_WRITE_ATTRIBUTES
        | 0x0001_0000 // DELETE
        | 0x0004_0000 // WRITE_DAC
        | 0x0008_0000 // WRITE_OWNER
        | 0x1000_0000 // GENERIC_ALL
        | 0x4000_0000; // GENERIC_WRITE

    /// A security identifier, copied out of the buffer the OS returned it in.
    #[derive(Clone, PartialEq, Eq)]
    pub struct Sid(Vec<u8>);

    impl Sid {
        /// # Safety
        /// `sid` must point at a valid SID.
        pub unsafe fn copy_from(sid: PSID) -> Sid {
            let len = GetLengthSid(sid) as usize;
            Sid(std::slice::from_raw_parts(sid as *const u8, len).to_vec())
        }

        fn as_psid(&self) -> PSID {
            self.0.as_ptr() as PSID
        }

        /// The user this process runs as.
        pub fn of_this_process() -> Option<Sid> {
            // SAFETY: the pseudo-handle of the current process needs no closing.
            unsafe { Sid::of_process(GetCurrentProcess()) }
        }

        /// The user a process runs as, from its token.
        ///
        /// # Safety
        /// `process` must be a process handle with PROCESS_QUERY_LIMITED_INFORMATION access.
        pub unsafe fn of_process(process: HANDLE) -> Option<Sid> {
            let mut token: HANDLE = std::ptr::null_mut();
            if OpenProcessToken(process, TOKEN_QUERY, &mut token) == 0 {
                return None;
            }
            let mut needed = 0u32;
            GetTokenInformation(token, TokenUser, std::ptr::null_mut(), 0, &mut needed);
            // u64 elements: the buffer is aligned for the TOKEN_USER it receives.
            let mut buffer = vec![0u64; (needed as usize).div_ceil(8).max(1)];
            let ok = GetTokenInformation(
                token,
                TokenUser,
                buffer.as_mut_ptr() as *mut c_void,
                (buffer.len() * 8) as u32,
                &mut needed,
            );
            CloseHandle(token);
            if ok == 0 {
                return None;
            }
            let user = &*(buffer.as_ptr() as *const TOKEN_USER);
            Some(Sid::copy_from(user.User.Sid))
        }

        fn is_trusted(&self, this_user: Option<&Sid>) -> bool {
            let psid = self.as_psid();
            // SAFETY: psid points at this SID's own bytes.
            let well_known = unsafe {
                IsWellKnownSid(psid, WinBuiltinAdministratorsSid) != 0
                    || IsWellKnownSid(psid, WinLocalSystemSid) != 0
            };
            well_known
                || self.to_string() == TRUSTED_INSTALLER
                || (cfg!(debug_assertions) && this_user == Some(self))
        }

        fn equals(&self, other: PSID) -> bool {
            // SAFETY: both point at valid SIDs.
            unsafe { EqualSid(self.as_psid(), other) != 0 }
        }
    }

    impl std::fmt::Display for Sid {
        /// The `S-1-5-…` form.
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut text: *mut u16 = std::ptr::null_mut();
            // SAFETY: the SID is valid; the string is freed with LocalFree as documented.
            unsafe {
                if ConvertSidToStringSidW(self.as_psid(), &mut text) == 0 || text.is_null() {
                    return f.write_str("an unknown account");
                }
                let len = (0..).take_while(|&i| *text.add(i) != 0).count();
                let shown = String::from_utf16_lossy(std::slice::from_raw_parts(text, len));
                LocalFree(text as *mut c_void);
                f.write_str(&shown)
            }
        }
    }

    /// A well-known name for the groups a write grant usually goes to.
    fn account_name(sid: &Sid) -> String {
        let text = sid.to_string();
        let name = match text.as_str() {
            "S-1-1-0" => "Everyone",
            "S-1-5-11" => "Authenticated Users",
            "S-1-5-32-545" => "Users",
            "S-1-5-4" => "INTERACTIVE",
            "S-1-3-0" => "CREATOR OWNER",
            _ => return text,
        };
        format!("{name} ({text})")
    }

    pub fn writable_by_others(path: &Path) -> Option<String> {
        let wide: Vec<u16> = path.as_os_str().encode_wide().chain([0]).collect();
        let mut owner: PSID = std::ptr::null_mut();
        let mut dacl: *mut ACL = std::ptr::null_mut();
        let mut descriptor: PSECURITY_DESCRIPTOR = std::ptr::null_mut();
        // SAFETY: `wide` is NUL-terminated; the out-pointers point into `descriptor`, which is
        // freed below with LocalFree as documented, after every use.
        unsafe {
            let status = GetNamedSecurityInfoW(
                wide.as_ptr(),
                SE_FILE_OBJECT,
                OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
                &mut owner,
                std::ptr::null_mut(),
                &mut dacl,
                std::ptr::null_mut(),
                &mut descriptor,
            );
            if status != ERROR_SUCCESS {
                return Some(format!(
                    "cannot be inspected (Windows error {status}), so it is not trusted"
                ));
            }
            let verdict = judge(owner, dacl);
            LocalFree(descriptor);
            verdict
        }
    }

    /// # Safety
    /// `owner` must be a valid SID and `dacl` null or a valid ACL.
    unsafe fn judge(owner: PSID, dacl: *const ACL) -> Option<String> {
        let this_user = Sid::of_this_process();
        let owner = Sid::copy_from(owner);
        if !owner.is_trusted(this_user.as_ref()) {
            return Some(format!(
                "belongs to {}, not to Administrators or SYSTEM, so someone other than an \
                 administrator could change it; IT: icacls PATH /setowner *S-1-5-32-544",
                account_name(&owner)
            ));
        }
        if dacl.is_null() {
            return Some("has no access list, so everyone can change it".into());
        }
        for index in 0..u32::from((*dacl).AceCount) {
            let mut ace: *mut c_void = std::ptr::null_mut();
            if GetAce(dacl, index, &mut ace) == 0 {
                return Some("has an access list that cannot be read".into());
            }
            let header = &*(ace as *const ACE_HEADER);
            if header.AceType != ACCESS_ALLOWED_ACE_TYPE || header.AceFlags & INHERIT_ONLY_ACE != 0
            {
                continue;
            }
            let allowed = &*(ace as *const ACCESS_ALLOWED_ACE);
            if allowed.Mask & WRITE_RIGHTS == 0 {
                continue;
            }
            let grantee = std::ptr::addr_of!(allowed.SidStart) as PSID;
            if owner.equals(grantee) {
                continue;
            }
            let grantee = Sid::copy_from(grantee);
            if !grantee.is_trusted(this_user.as_ref()) {
                return Some(format!(
                    "lets {} change it; IT: icacls PATH /inheritance:r /grant:r \
                     *S-1-5-32-544:F *S-1-5-18:F *S-1-5-32-545:RX",
                    account_name(&grantee)
                ));
            }
        }
        None
    }
}

/// Elsewhere (not Unix, not Windows) nothing can be checked: the file is taken as it is.
#[cfg(not(any(unix, windows)))]
pub fn writable_by_others(_path: &std::path::Path) -> Option<String> {
    None
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_file_others_can_write_is_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("policy.json");
        std::fs::write(&file, "{}").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        // Test builds trust this user as they trust root.
        assert_eq!(writable_by_others(&file), None);
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o666)).unwrap();
        let reason = writable_by_others(&file).unwrap();
        assert!(reason.contains("mode 666"), "{reason}");
    }
}

#[cfg(all(test, windows))]
mod tests {
    use super::*;

    #[test]
    fn a_file_of_this_user_is_trusted_only_in_test_builds_and_users_may_not_write() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("policy.json");
        std::fs::write(&file, "{}").unwrap();
        // A temp folder belongs to this user and grants only SYSTEM, Administrators and this user.
        assert_eq!(writable_by_others(&file), None);
        let granted = std::process::Command::new("icacls")
            .arg(&file)
            .args(["/grant", "*S-1-5-32-545:M"])
            .status()
            .unwrap();
        assert!(granted.success());
        let reason = writable_by_others(&file).unwrap();
        assert!(reason.contains("Users (S-1-5-32-545)"), "{reason}");
    }

    #[test]
    fn this_process_has_a_user() {
        let me = Sid::of_this_process().unwrap();
        assert!(me.to_string().starts_with("S-1-5-"), "{me}");
    }
}
