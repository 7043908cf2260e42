//! Whether DIR lives on a network filesystem, where inotify sees only what this host writes.

use std::path::Path;

/// The network filesystem DIR is on, by name, or `None` for a local one (or when unknown).
#[cfg(target_os = "linux")]
pub fn network_fs(dir: &Path) -> Option<&'static str> {
    let stat = rustix::fs::statfs(dir).ok()?;
    // The magic's type differs by target (i64, u32...); the values all fit in 32 bits.
    fs_name(stat.f_type as u64)
}

#[cfg(not(target_os = "linux"))]
pub fn network_fs(_dir: &Path) -> Option<&'static str> {
    None
}

/// Magic numbers from statfs(2).
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn fs_name(magic: u64) -> Option<&'static str> {
    Some(match magic {
        0x6969 => "NFS",
        0x517b => "SMB",
        0xff53_4d42 => "CIFS",
        0xfe53_4d42 => "SMB2",
        0x0102_1997 => "9P",
        0x00c3_6400 => "Ceph",
        0x5346_414f => "AFS",
        0x6b41_4653 => "kAFS",
        0x0bd0_0bd0 => "Lustre",
        0x4750_4653 => "GPFS",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_magics_are_named() {
        assert_eq!(fs_name(0x6969), Some("NFS"));
        assert_eq!(fs_name(0xff53_4d42), Some("CIFS"));
        assert_eq!(fs_name(0xef53), None, "ext4 is local");
        assert_eq!(fs_name(0x0102_1994), None, "tmpfs is local");
    }

    #[test]
    fn temp_dir_is_local() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(network_fs(dir.path()), None);
    }
}
