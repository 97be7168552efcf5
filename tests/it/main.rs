//! The single integration-test binary.

mod cli; // the command line: exit codes, JSON shape, rule docs

mod docs; // every rule's documented examples are executed
mod fixtures;
mod gate; // formats, configuration, suppressions, gate flags, known findings // fixtures/rules: expected findings compared exactly
mod generated; // a generated feed: every injected defect is found
mod human; // snapshots of the human output
mod net; // feeds by URL, link and media checks against a local HTTP server
mod positions; // exact lines and columns through CDATA, escapes, CRLF, BOM and encodings
mod registry;
mod robust;
mod state; // the state store: recording, update rules, concurrency, faults // hostile input: no crash, no hang, nothing lost // rule names, categories, README table
mod util;
mod valid; // clean feeds stay clean; threads change nothing
