//! Arbitrary bytes through the streaming feed reader: no panic, no hang.
#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let reader = ialint::feed::FeedReader::new(
        Box::new(std::io::Cursor::new(data.to_vec())),
        Arc::from("fuzz.xml"),
    );
    let mut reader = reader;
    while let Ok(Some(_)) = reader.next_piece() {}
});
