//! Who is on the other end of a loopback connection: the browser hand-off answers only a
//! connection from the user this process runs as.
//!
//! Linux: the kernel lists every TCP socket with its owner's uid in /proc/net/tcp. Windows: the
//! TCP table names the process owning each connection, and that process's token names its user.
//! macOS: no public interface maps a TCP connection to a user short of walking every process's
//! descriptors through libproc, and none is needed: the kernel hands a process's arguments only
//! to its own user and root (`sysctl` KERN_PROCARGS2), so another user never learns the
//! hand-off's path (256 random bits, served once, for 15 s) and cannot ask for it.

use tokio::net::TcpStream;

/// Whether the other end of `stream` belongs to the user this process runs as; false when that
/// cannot be told, on the systems where it can.
pub fn is_this_user(stream: &TcpStream) -> bool {
    let (Ok(ours), Ok(theirs)) = (stream.local_addr(), stream.peer_addr()) else {
        return false;
    };
    same_user(ours, theirs)
}

#[cfg(target_os = "linux")]
fn same_user(ours: std::net::SocketAddr, theirs: std::net::SocketAddr) -> bool {
    let table = std::fs::read_to_string("/proc/net/tcp").unwrap_or_default();
    linux::owner(&table, theirs, ours) == Some(crate::core::os_user::uid())
}

#[cfg(windows)]
fn same_user(ours: std::net::SocketAddr, theirs: std::net::SocketAddr) -> bool {
    windows::same_user(ours, theirs)
}

#[cfg(not(any(target_os = "linux", windows)))]
fn same_user(_ours: std::net::SocketAddr, _theirs: std::net::SocketAddr) -> bool {
    true
}

#[cfg(target_os = "linux")]
pub(crate) mod linux {
    use std::net::{IpAddr, SocketAddr};

    /// The uid of the socket `local` → `remote` in a /proc/net/tcp table (the peer's socket is
    /// the entry whose local address is our peer and whose remote address is us).
    pub fn owner(table: &str, local: SocketAddr, remote: SocketAddr) -> Option<u32> {
        table.lines().skip(1).find_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let (entry_local, entry_remote, uid) = (fields.get(1)?, fields.get(2)?, fields.get(7)?);
            (parse(entry_local)? == local && parse(entry_remote)? == remote)
                .then(|| uid.parse().ok())
                .flatten()
        })
    }

    /// `0100007F:1F90` (the address as the kernel holds it, in host byte order) → 127.0.0.1:8080.
    fn parse(field: &str) -> Option<SocketAddr> {
        let (ip, port) = field.split_once(':')?;
        let ip = u32::from_str_radix(ip, 16).ok()?;
        let port = u16::from_str_radix(port, 16).ok()?;
        Some(SocketAddr::new(IpAddr::from(ip.to_ne_bytes()), port))
    }
}

#[cfg(windows)]
mod windows {
    use crate::core::os_user::Sid;
    use std::ffi::c_void;
    use std::net::{IpAddr, Ipv4Addr, SocketAddr};
    use windows_sys::Win32::Foundation::{CloseHandle, NO_ERROR};
    use windows_sys::Win32::NetworkManagement::IpHelper::{
        GetExtendedTcpTable, MIB_TCPROW_OWNER_PID, MIB_TCPTABLE_OWNER_PID, TCP_TABLE_OWNER_PID_ALL,
    };
    use windows_sys::Win32::Networking::WinSock::AF_INET;
    use windows_sys::Win32::System::Threading::{OpenProcess, PROCESS_QUERY_LIMITED_INFORMATION};

    pub fn same_user(ours: SocketAddr, theirs: SocketAddr) -> bool {
        let Some(pid) = owning_pid(theirs, ours) else {
            return false;
        };
        let Some(me) = Sid::of_this_process() else {
            return false;
        };
        // SAFETY: the handle is checked, used for the token only and closed.
        unsafe {
            let process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid);
            if process.is_null() {
                // Another user's process (or one that just ended): not ours to answer.
                return false;
            }
            let user = Sid::of_process(process);
            CloseHandle(process);
            user.as_ref() == Some(&me)
        }
    }

    /// The process owning the IPv4 connection `local` → `remote`.
    fn owning_pid(local: SocketAddr, remote: SocketAddr) -> Option<u32> {
        let mut size = 0u32;
        // SAFETY: the first call only reports the size; the second gets a buffer of that size,
        // aligned for the table (u64 elements), and reads no row beyond dwNumEntries.
        unsafe {
            GetExtendedTcpTable(
                std::ptr::null_mut(),
                &mut size,
                0,
                u32::from(AF_INET),
                TCP_TABLE_OWNER_PID_ALL,
                0,
            );
            // Room for connections opened between the two calls.
            let mut buffer = vec![0u64; (size as usize + 4096).div_ceil(8)];
            let mut size = (buffer.len() * 8) as u32;
            let status = GetExtendedTcpTable(
                buffer.as_mut_ptr() as *mut c_void,
                &mut size,
                0,
                u32::from(AF_INET),
                TCP_TABLE_OWNER_PID_ALL,
                0,
            );
            if status != NO_ERROR {
                return None;
            }
            let table = &*(buffer.as_ptr() as *const MIB_TCPTABLE_OWNER_PID);
            let rows =
                std::slice::from_raw_parts(table.table.as_ptr(), table.dwNumEntries as usize);
            rows.iter()
                .find(|row| {
                    endpoint(row.dwLocalAddr, row.dwLocalPort) == local
                        && endpoint(row.dwRemoteAddr, row.dwRemotePort) == remote
                })
                .map(|row: &MIB_TCPROW_OWNER_PID| row.dwOwningPid)
        }
    }

    /// Addresses and ports as the table holds them: in network byte order, the port in the low
    /// 16 bits.
    fn endpoint(address: u32, port: u32) -> SocketAddr {
        let ip = Ipv4Addr::from(address.to_ne_bytes());
        let port = u16::from_be((port & 0xffff) as u16);
        SocketAddr::new(IpAddr::V4(ip), port)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_connection_from_this_process_is_this_user() {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
            .await
            .unwrap();
        let port = listener.local_addr().unwrap().port();
        let client = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
        let (server, _) = listener.accept().await.unwrap();
        assert!(is_this_user(&server));
        drop(client);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_owner_of_a_socket_is_read_from_the_kernel_table() {
        let table = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n\
                     0: 0100007F:9C40 0100007F:1F90 01 00000000:00000000 00:00000000 00000000  1000        0 1 1 0000000000000000 20 4 30 10 -1\n\
                     1: 0100007F:9C41 0100007F:1F90 01 00000000:00000000 00:00000000 00000000     0        0 2 1 0000000000000000 20 4 30 10 -1\n";
        let server: std::net::SocketAddr = "127.0.0.1:8080".parse().unwrap();
        let client: std::net::SocketAddr = "127.0.0.1:40000".parse().unwrap();
        let other: std::net::SocketAddr = "127.0.0.1:40001".parse().unwrap();
        assert_eq!(linux::owner(table, client, server), Some(1000));
        assert_eq!(linux::owner(table, other, server), Some(0));
        assert_eq!(linux::owner(table, server, client), None);
    }
}
