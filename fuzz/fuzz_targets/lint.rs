//! The whole `lint` entry point on arbitrary bytes: no panic, and the
//! invariants of every run hold.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let settings = ialint::settings::Settings::default();
    ialint::lint::check_invariants(data, &settings);
});
