//! Fuzz target: the settings parser takes any bytes without panicking, and what it accepts
//! writes back to JSON that parses to the same settings.
#![no_main]

use connect_sso::core::settings::Settings;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(settings) = serde_json::from_slice::<Settings>(data) {
        let again = serde_json::to_vec(&settings).expect("settings serialise");
        assert_eq!(serde_json::from_slice::<Settings>(&again).expect("round trip"), settings);
    }
});
