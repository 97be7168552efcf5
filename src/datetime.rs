//! The `datetime` values of `time.op-published` and `time.op-modified`
//! (RULES.md Resolutions 3, 28 and 29), and RSS dates.

use std::cmp::Ordering;

/// A point in time in seconds since 1970-01-01T00:00:00Z.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Instant(pub i64);

impl Instant {
    pub fn now() -> Instant {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        Instant(secs)
    }

    /// Parses an RFC 3339 timestamp with a zone (`--now`).
    pub fn parse_rfc3339(s: &str) -> Option<Instant> {
        let t = parse(s).ok()?;
        let offset = t.offset?;
        Some(Instant(
            (t.wall - i64::from(offset) * 60_000).div_euclid(1000),
        ))
    }
}

/// A parsed `datetime`: the wall-clock time, and its offset when written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateTime {
    /// Milliseconds since the epoch of the written date and time, as if it were UTC.
    pub wall: i64,
    /// The offset from UTC in minutes, or `None` when no zone was written.
    pub offset: Option<i32>,
}

/// Zone-less values may stand for any offset in this range (Resolution 29).
const EARLIEST_OFFSET: i64 = -12 * 3_600_000;
const LATEST_OFFSET: i64 = 14 * 3_600_000;

impl DateTime {
    /// The earliest and latest instants (milliseconds) the value may stand for.
    pub fn range(self) -> (i64, i64) {
        match self.offset {
            Some(o) => {
                let t = self.wall - i64::from(o) * 60_000;
                (t, t)
            }
            None => (self.wall - LATEST_OFFSET, self.wall - EARLIEST_OFFSET),
        }
    }

    /// Compares two values of one article: `Some` only when the order holds
    /// for every offset a zone-less value may have; two zone-less values
    /// share one offset and compare as written.
    pub fn compare(self, other: DateTime) -> Option<Ordering> {
        if self.offset.is_none() && other.offset.is_none() {
            return Some(self.wall.cmp(&other.wall));
        }
        let (a0, a1) = self.range();
        let (b0, b1) = other.range();
        if a1 < b0 {
            Some(Ordering::Less)
        } else if a0 > b1 {
            Some(Ordering::Greater)
        } else if a0 == a1 && b0 == b1 {
            Some(Ordering::Equal)
        } else {
            None
        }
    }

    /// Milliseconds from `self` to `later`, when that holds for every offset:
    /// the smallest such difference.
    pub fn min_seconds_until(self, later: DateTime) -> i64 {
        if self.offset.is_none() && later.offset.is_none() {
            return later.wall - self.wall;
        }
        let (_, a1) = self.range();
        let (b0, _) = later.range();
        b0 - a1
    }

    /// The latest instant it may stand for.
    pub fn latest(self) -> i64 {
        self.range().1
    }

    pub fn earliest(self) -> i64 {
        self.range().0
    }
}

/// Why a `datetime` is not valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid(pub &'static str);

fn digits(s: &[u8], i: &mut usize, min: usize, max: usize) -> Option<i64> {
    let start = *i;
    while *i < s.len() && *i - start < max && s[*i].is_ascii_digit() {
        *i += 1;
    }
    if *i - start < min {
        return None;
    }
    std::str::from_utf8(&s[start..*i]).ok()?.parse().ok()
}

fn expect(s: &[u8], i: &mut usize, c: u8) -> bool {
    if s.get(*i) == Some(&c) {
        *i += 1;
        true
    } else {
        false
    }
}

/// Days from 1970-01-01 to a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// Parses an HTML global or local date-and-time string (Resolution 3), and
/// checks that it names a real date and time (Resolution 28).
pub fn parse(value: &str) -> Result<DateTime, Invalid> {
    let v = value.trim_matches(|c: char| c.is_ascii_whitespace());
    if v.is_empty() {
        return Err(Invalid("it is empty"));
    }
    let s = v.as_bytes();
    let mut i = 0;
    let shape = Invalid("it is not of the form YYYY-MM-DDThh:mm[:ss[.fff]][Z|±hh:mm]");
    let year = digits(s, &mut i, 4, 9).ok_or(shape.clone())?;
    if !expect(s, &mut i, b'-') {
        return Err(shape);
    }
    let month = digits(s, &mut i, 2, 2).ok_or(shape.clone())?;
    if !expect(s, &mut i, b'-') {
        return Err(shape);
    }
    let day = digits(s, &mut i, 2, 2).ok_or(shape.clone())?;
    if i == s.len() {
        return Err(Invalid("it is a date without a time"));
    }
    if !(expect(s, &mut i, b'T') || expect(s, &mut i, b' ')) {
        return Err(shape);
    }
    let hour = digits(s, &mut i, 2, 2).ok_or(shape.clone())?;
    if !expect(s, &mut i, b':') {
        return Err(shape);
    }
    let minute = digits(s, &mut i, 2, 2).ok_or(shape.clone())?;
    let mut second = 0;
    let mut millis = 0;
    if expect(s, &mut i, b':') {
        second = digits(s, &mut i, 2, 2).ok_or(shape.clone())?;
        if expect(s, &mut i, b'.') {
            let start = i;
            while i < s.len() && s[i].is_ascii_digit() {
                i += 1;
            }
            if i == start {
                return Err(shape);
            }
            let frac = &v[start..i];
            let padded: String = frac.chars().chain("000".chars()).take(3).collect();
            millis = padded.parse::<i64>().unwrap_or(0);
        }
    }
    let offset = if i == s.len() {
        None
    } else if expect(s, &mut i, b'Z') {
        Some(0)
    } else if s[i] == b'+' || s[i] == b'-' {
        let sign = if s[i] == b'-' { -1 } else { 1 };
        i += 1;
        let oh = digits(s, &mut i, 2, 2).ok_or(shape.clone())?;
        if !expect(s, &mut i, b':') {
            return Err(shape);
        }
        let om = digits(s, &mut i, 2, 2).ok_or(shape.clone())?;
        if oh > 23 || om > 59 {
            return Err(Invalid("its time-zone offset is out of range"));
        }
        Some(sign * (oh * 60 + om) as i32)
    } else {
        return Err(shape);
    };
    if i != s.len() {
        return Err(shape);
    }
    if year == 0 {
        return Err(Invalid("its year is 0"));
    }
    if !(1..=12).contains(&month) {
        return Err(Invalid("its month is not 01-12"));
    }
    if day < 1 || day > days_in_month(year, month) {
        return Err(Invalid("its day does not exist in that month"));
    }
    if hour > 23 || minute > 59 || second > 59 {
        return Err(Invalid("its time of day is out of range"));
    }
    let wall = (days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second)
        * 1000
        + millis;
    Ok(DateTime { wall, offset })
}

/// Formats an instant as RFC 3339 in UTC.
pub fn format_utc(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0).map_or_else(
        || secs.to_string(),
        |d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
    )
}

/// Whether an RSS date is RFC 822/2822 or ISO 8601 (Resolution 18), and its instant.
pub fn parse_rss_date(value: &str) -> Option<i64> {
    let v = value.trim();
    if let Ok(d) = chrono::DateTime::parse_from_rfc2822(v) {
        return Some(d.timestamp());
    }
    if let Ok(t) = parse(v)
        && t.offset.is_some()
    {
        return Some(t.range().0.div_euclid(1000));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_and_invalid_values() {
        assert_eq!(
            parse("1970-01-02T00:00:00Z").unwrap().range(),
            (86_400_000, 86_400_000)
        );
        assert!(parse("2016-02-10T10:00+02:00").is_ok());
        assert!(parse("2016-02-10 10:00:00.5").unwrap().offset.is_none());
        assert!(parse("2016-2-04T08:00").is_err());
        assert!(parse("2025-13-45T25:61:00Z").is_err());
        assert!(parse("2025-06-01").is_err());
        assert!(parse("2025-06-01 18:00:00 UTC").is_err());
        assert!(parse("2024-02-29T00:00Z").is_ok());
        assert!(parse("2023-02-29T00:00Z").is_err());
        assert!(parse("2023-01-01T00:00+2400").is_err());
    }

    #[test]
    fn zone_less_comparisons_need_every_offset() {
        let a = parse("2025-06-01T10:00:00").unwrap();
        let b = parse("2025-06-01T12:00:00Z").unwrap();
        assert_eq!(a.compare(b), None);
        let c = parse("2025-06-03T12:00:00Z").unwrap();
        assert_eq!(a.compare(c), Some(Ordering::Less));
    }
}
