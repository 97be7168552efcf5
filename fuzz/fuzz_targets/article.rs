//! Arbitrary text as an article document, through every article rule.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let map = ialint::feed::ContentMap::verbatim(0);
    let article = ialint::article::Article::parse(&html, &map, None);
    let settings = ialint::settings::Settings::default();
    let _ = ialint::lint::lint_article(Some(&article), None, &settings);
});
