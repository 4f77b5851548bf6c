//! DATE: calendar dates ("3 February 2024", "Feb. 3", "mid-2025"), years that are not part
//! of a name ("In 2024", not "Windows 2000"), relative dates ("last year", "next quarter"),
//! durations ("36 weeks"), seasons, holidays and centuries.

use super::{count, Toks};
use crate::engine::lexicon::amounts::*;
use crate::engine::text::words;

/// A month's name: as written in prose ("August"), or in capitals ("AUGUST", a wire
/// headline) next to a day or a year, where it cannot be the verb or the adjective ("MAY
/// FALL", "MARCH ON").
fn is_month(s: &Toks, i: usize) -> bool {
    s.is_exact(i, &MONTHS)
        || (s.is_capitals_form(i, &MONTHS)
            && (day(s, i + 1).is_some()
                || is_year(s, i + 1)
                || i.checked_sub(1).is_some_and(|p| day(s, p).is_some())))
}

/// A weekday's name, as written in prose or in capitals ("FRIDAY").
fn is_weekday(s: &Toks, i: usize) -> bool {
    s.is_exact(i, &WEEKDAYS) || s.is_capitals_form(i, &WEEKDAYS)
}

/// A month name, with its abbreviation dot: "February", "Feb.", "Sept". Returns the token
/// after it. Abbreviations count only before a day or year.
fn month(s: &Toks, i: usize) -> Option<usize> {
    if is_month(s, i) {
        return Some(i + 1);
    }
    if s.is_capitalized_form(i, &MONTH_ABBREVIATIONS) {
        let j = if s.w(i + 1) == "." && s.glued(i) { i + 2 } else { i + 1 };
        if s.int(j).is_some() {
            return Some(j);
        }
    }
    None
}

/// A day of the month, with an optional ordinal suffix ("20", "3rd").
fn day(s: &Toks, i: usize) -> Option<usize> {
    let d = s.int(i)?;
    if !(1..=31).contains(&d) || s.w(i).len() > 2 {
        return None;
    }
    if s.glued(i) && s.is(i + 1, words!["st", "nd", "rd", "th"]) {
        return Some(i + 2);
    }
    Some(i + 1)
}

fn is_year(s: &Toks, i: usize) -> bool {
    s.w(i).len() == 4 && s.int(i).is_some_and(|y| (1000..=2999).contains(&y))
}

/// "February 2024", "Feb. 3, 2024", "July 18", "March". Returns the token after it.
fn month_date(s: &Toks, i: usize) -> Option<usize> {
    let m = month(s, i)?;
    if let Some(d) = day(s, m) {
        // A number after the day makes it a count, not a date ("March 3 million").
        if s.is(d, &SCALES) {
            return None;
        }
        let y = if s.w(d) == "," { d + 1 } else { d };
        if is_year(s, y) {
            return Some(y + 1);
        }
        return Some(d);
    }
    if is_year(s, m) {
        return Some(m + 1);
    }
    // "May" alone is usually the verb: only after a word that introduces a date.
    if s.w(i) == "May"
        && !(i > 0
            && s.is(
                i - 1,
                words![
                    "in", "since", "by", "until", "from", "of", "early", "late", "mid", "last",
                    "next", "this", "through", "before", "after", "-"
                ],
            ))
    {
        return None;
    }
    is_month(s, i).then_some(m)
}

/// A bare or qualified year: "2030", "1990s", "2026-27", "2024-05-01". Returns the token
/// after it, or None when the number reads as a count, a code or part of a name.
fn year(s: &Toks, i: usize) -> Option<usize> {
    if !is_year(s, i) {
        // "’90s", "the 90s".
        let w = s.w(i);
        if w.len() == 2 && s.int(i).is_some_and(|v| v % 10 == 0) && s.glued(i) && s.w(i + 1) == "s"
        {
            return Some(i + 2);
        }
        return None;
    }
    let y = s.int(i)?;
    // Outside 1900–2099 a number is more often a count ("1500 more"): a year only when
    // punctuation or a linking word follows ("in 1850,", "1826 and").
    if !(1900..=2099).contains(&y) {
        let next = s.w(i + 1);
        let word = next.chars().next().is_some_and(char::is_alphanumeric);
        if word
            && !s.is(
                i + 1,
                words![
                    "and", "or", "to", "until", "when", "the", "as", "with", "by", "in", "at",
                    "on", "after", "before", "he", "she", "it", "they", "was", "were"
                ],
            )
        {
            return None;
        }
    }
    // Glued to digits before ("555-2024"): a code or a phone number.
    if i >= 2
        && s.glued(i - 1)
        && matches!(s.w(i - 1), "-" | "/" | "." | "–")
        && s.glued(i - 2)
        && s.is_num(i - 2)
    {
        return None;
    }
    if s.glued(i) && s.w(i + 1) == "s" {
        return Some(i + 2); // "1990s"
    }
    if s.glued(i) && matches!(s.w(i + 1), "-" | "/" | "–") && s.glued(i + 1) {
        let next = s.w(i + 2);
        // ISO dates: "2024-05-01".
        if s.w(i + 1) == "-"
            && next.len() == 2
            && s.int(i + 2).is_some_and(|m| (1..=12).contains(&m))
            && s.glued(i + 2)
            && s.w(i + 3) == "-"
            && s.glued(i + 3)
            && s.w(i + 4).len() == 2
            && s.int(i + 4).is_some_and(|d| (1..=31).contains(&d))
        {
            return Some(i + 5);
        }
        // Seasons and ranges: "2026-27", "2024/25", "2019-2023".
        if let Some(v) = s.int(i + 2) {
            if (next.len() == 2 && v == (y + 1) % 100) || (next.len() == 4 && v > y && v <= y + 50)
            {
                return if s.glued(i + 2) && matches!(s.w(i + 3), "-" | "/") && s.is_num(i + 4) {
                    None
                } else {
                    Some(i + 3)
                };
            }
        }
        if s.is_num(i + 2) {
            return None; // "2024-555": a code.
        }
    }
    // A plural noun after the number makes it a count ("2000 employees").
    let next = s.w(i + 1);
    // After a determiner the number is a year even before a plural ("its 2025 sales guidance").
    let determined = i > 0
        && s.is(
            i - 1,
            words![
                "its", "the", "their", "his", "her", "our", "my", "your", "whose", "since",
                "until", "during"
            ],
        );
    let plural = !determined
        && next.len() >= 4
        && next.chars().all(|c| c.is_lowercase())
        && next.ends_with('s')
        && !next.ends_with("ss")
        && !matches!(
            next,
            "was" | "has" | "this" | "plus" | "versus" | "its" | "does" | "saw" | "sees"
        );
    if plural
        || matches!(next, "%" | "°")
        || s.is(i + 1, &SCALES)
        || s.is(
            i + 1,
            words![
                "hours", "people", "men", "women", "children", "staff", "feet", "metres", "meters",
                "km", "kg", "mph"
            ],
        )
    {
        return None;
    }
    // A capitalized word before the year makes it part of a name ("Windows 2000", "Expo 2015"),
    // unless it starts the sentence or is a preposition in a headline.
    let opens_sentence =
        (0..i.saturating_sub(1)).all(|k| !s.w(k).chars().any(char::is_alphanumeric));
    if i > 0
        && s.capitalized(i - 1)
        && !s.is_exact(i - 1, &YEAR_PREPOSITIONS)
        && (!opens_sentence || s.w(i - 1).chars().all(char::is_uppercase))
    {
        let prev = s.w(i - 1);
        if prev.chars().any(char::is_lowercase) || prev.len() > 1 {
            return None;
        }
    }
    // Capitalized words after the year naming an event ("2026 Winter Olympics").
    for k in 1..=3 {
        if !s.capitalized(i + k) {
            break;
        }
        if s.is_exact(i + k, &YEAR_EVENT_HEADS) {
            return None;
        }
    }
    Some(i + 1)
}

/// A date that can follow "end of", "first half of", "early": a month date, a year, a
/// relative date or "the year".
fn date_after_of(s: &Toks, i: usize) -> Option<usize> {
    if s.is(i, words!["the"])
        && s.is(
            i + 1,
            words![
                "year", "month", "week", "decade", "quarter", "season", "century", "summer",
                "spring", "autumn", "winter"
            ],
        )
    {
        return Some(i + 2);
    }
    month_date(s, i).or_else(|| relative(s, i)).or_else(|| year(s, i))
}

/// Does token `i` make the word before it a modifier ("the summer months", "year-on-year")?
/// A hyphen or a lower-case word other than a preposition or conjunction does.
fn modifies(s: &Toks, i: usize) -> bool {
    let w = s.w(i);
    w == "-"
        || (w.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
            && !s.is(
                i,
                words![
                    "and", "or", "when", "of", "to", "as", "at", "in", "on", "for", "with",
                    "before", "after", "but"
                ],
            ))
}

/// "last year", "next two years", "this season", "last Tuesday", "past decade".
fn relative(s: &Toks, i: usize) -> Option<usize> {
    if !s.is(i, &RELATIVE) {
        return None;
    }
    let j = i + 1;
    // "another" takes only a unit of duration ("another year"; "another season" is no date).
    if s.is(j, &RELATIVE_UNITS) && (!s.is(i, words!["another"]) || s.is(j, &UNITS)) {
        return Some(j + 1);
    }
    if !s.is(i, words!["another", "coming", "previous"])
        && (is_weekday(s, j) || s.is(j, &SEASONS) || is_month(s, j))
    {
        return Some(j + 1);
    }
    if s.is(i, words!["this"]) {
        return None; // "this two-year plan" is not a date.
    }
    // "the past few weeks".
    if s.is(j, words!["few"]) && s.is(j + 1, &UNITS) {
        return Some(j + 2);
    }
    let c = count(s, j)?;
    s.is(c, &UNITS).then_some(c + 1)
}

/// "19th century", "nineteenth century", "18th-century". Returns the token after it.
fn century(s: &Toks, i: usize) -> Option<usize> {
    let j = if s.int(i).is_some_and(|n| (1..=21).contains(&n))
        && s.glued(i)
        && s.is(i + 1, words!["st", "nd", "rd", "th"])
    {
        i + 2
    } else if s.is(i, &ORDINAL_WORDS) {
        i + 1
    } else {
        return None;
    };
    let j = if s.w(j) == "-" && s.glued(j - 1) && s.glued(j) { j + 1 } else { j };
    s.is(j, words!["century", "centuries", "millennium"]).then_some(j + 1)
}

/// DATE starting at token `i`.
pub(super) fn date(s: &Toks, i: usize) -> Option<usize> {
    // "every two years", "each Sunday": frequencies, not dates.
    if i > 0 && s.is(i - 1, words!["every", "each", "per"]) {
        return None;
    }
    if let Some(e) = century(s, i) {
        return Some(e);
    }
    // "earlier this year", "later this month", "early next year".
    if s.is(i, words!["earlier", "later", "early", "late", "mid"])
        && s.is(i + 1, words!["this", "last", "next"])
    {
        if let Some(e) = relative(s, i + 1) {
            return Some(e);
        }
    }
    // "early 2025", "mid-2025", "late-2022", "late 1990s", "early October", "late spring 2026".
    if s.is(i, words!["early", "mid", "late"]) {
        let j = if s.w(i + 1) == "-" && s.glued(i) && s.glued(i + 1) { i + 2 } else { i + 1 };
        if let Some(e) = month_date(s, j).or_else(|| year(s, j)).or_else(|| century(s, j)) {
            return Some(e);
        }
        if s.is(j, &SEASONS) && is_year(s, j + 1) {
            return Some(j + 2);
        }
    }
    // "end of June", "end of the year", "end-2024".
    if s.is(i, words!["end", "start", "beginning", "middle", "turn"]) {
        if s.is(i + 1, words!["of"]) {
            if let Some(e) = date_after_of(s, i + 2) {
                return Some(e);
            }
        } else if s.w(i + 1) == "-" && s.glued(i) && s.glued(i + 1) && is_year(s, i + 2) {
            return Some(i + 3);
        }
    }
    // "first quarter", "second half of 2025", "first three quarters of 2025", "third-quarter".
    // "3rd-quarter", "2nd-half".
    if s.int(i).is_some_and(|n| (1..=4).contains(&n))
        && s.glued(i)
        && s.is(i + 1, words!["st", "nd", "rd", "th"])
        && s.w(i + 2) == "-"
        && s.glued(i + 1)
        && s.glued(i + 2)
        && s.is(i + 3, words!["quarter", "half"])
    {
        return Some(i + 4);
    }
    if s.is(i, &ORDINALS) {
        if s.w(i + 1) == "-"
            && s.glued(i)
            && s.glued(i + 1)
            && s.is(i + 2, words!["quarter", "half"])
        {
            return Some(i + 3);
        }
        let j = if s.is(i + 1, words!["quarter", "quarters", "half"]) {
            i + 1
        } else {
            count(s, i + 1).unwrap_or(i + 1)
        };
        if s.is(j, words!["quarter", "quarters", "half"]) {
            if s.is(j + 1, words!["of"]) {
                if let Some(e) = date_after_of(s, j + 2) {
                    return Some(e);
                }
            }
            if s.is(j, words!["quarter"]) && j == i + 1 {
                return Some(j + 1);
            }
        }
        return None;
    }
    // "Q3 2024", "H1 2025", "Q3", "FY2025", "FY25".
    let w = s.w(i);
    if w.len() == 2
        && (w.starts_with('Q') && matches!(w.as_bytes()[1], b'1'..=b'4')
            || w.starts_with('H') && matches!(w.as_bytes()[1], b'1' | b'2'))
    {
        if is_year(s, i + 1) {
            return Some(i + 2);
        }
        return w.starts_with('Q').then_some(i + 1);
    }
    if w.starts_with("FY")
        && (w.len() == 4 || w.len() == 6)
        && w[2..].bytes().all(|b| b.is_ascii_digit())
    {
        return Some(i + 1);
    }
    if s.is(i, words!["fiscal", "FY"]) {
        let j = if s.is(i + 1, words!["year"]) { i + 2 } else { i + 1 };
        if is_year(s, j) {
            return Some(j + 1);
        }
    }
    // "Friday, Sept. 20", "Friday".
    if is_weekday(s, i) {
        let j = if s.w(i + 1) == "," { i + 2 } else { i + 1 };
        if let Some(e) = month(s, j).and_then(|_| month_date(s, j)) {
            if day(s, month(s, j).unwrap_or(j)).is_some() {
                return Some(e);
            }
        }
        if let Some(d) = day(s, j) {
            if let Some(m) = month(s, d)
                .filter(|_| is_month(s, d) || s.is_capitalized_form(d, &MONTH_ABBREVIATIONS))
            {
                return Some(if is_year(s, m) { m + 1 } else { m });
            }
        }
        return Some(i + 1);
    }
    // "3 February 2024", "3rd March".
    if let Some(d) = day(s, i) {
        if is_month(s, d)
            || (s.is_capitalized_form(d, &MONTH_ABBREVIATIONS)
                && (s.w(d + 1) == "." || is_year(s, d + 1)))
        {
            let m = if s.w(d + 1) == "." && !is_month(s, d) { d + 2 } else { d + 1 };
            return Some(if is_year(s, m) { m + 1 } else { m });
        }
    }
    if let Some(e) = month_date(s, i) {
        return Some(e);
    }
    // "spring 2026", "spring of 2008", "in the autumn" (not "the fall in prices").
    if s.is(i, &SEASONS) {
        if is_year(s, i + 1) {
            return Some(i + 2);
        }
        if s.is(i + 1, words!["of"]) && is_year(s, i + 2) {
            return Some(i + 3);
        }
        if i >= 2
            && !s.is(i, words!["fall"])
            && s.is(i - 1, words!["the"])
            && s.is(i - 2, words!["in", "by", "until", "during", "over", "since", "through"])
            && !modifies(s, i + 1)
        {
            return Some(i + 1);
        }
    }
    // "that year", "that summer": a time named before (not "year-on-year").
    if s.is(i, words!["that"])
        && s.is(
            i + 1,
            words!["year", "month", "week", "season", "spring", "summer", "autumn", "winter"],
        )
        && s.w(i + 2) != "-"
    {
        return Some(i + 2);
    }
    if let Some(e) = relative(s, i) {
        return Some(e);
    }
    if s.is(i, words!["today", "yesterday", "tomorrow"]) || s.is_exact(i, &HOLIDAYS) {
        return Some(i + 1);
    }
    if s.is(i, words!["decades"]) {
        return Some(i + 1);
    }
    // "by year-end", "month-end".
    if s.is(i, words!["year", "month", "quarter"])
        && s.w(i + 1) == "-"
        && s.glued(i)
        && s.glued(i + 1)
        && s.is(i + 2, words!["end"])
    {
        return Some(i + 3);
    }
    // US numeric dates: "05/01/2024".
    if s.int(i).is_some()
        && s.w(i).len() <= 2
        && s.w(i + 1) == "/"
        && s.glued(i)
        && s.glued(i + 1)
        && s.int(i + 2).is_some()
        && s.w(i + 2).len() <= 2
        && s.w(i + 3) == "/"
        && s.glued(i + 2)
        && s.glued(i + 3)
        && is_year(s, i + 4)
    {
        return Some(i + 5);
    }
    // Durations: "36 weeks", "two decades", "18 months ago", "a year earlier", "five-year".
    if let Some(c) = count(s, i) {
        // "five-year", "20-year": a duration used as an adjective; "22-year-old" is an age.
        if s.w(c) == "-"
            && s.glued(c - 1)
            && s.glued(c)
            && s.is(c + 1, words!["year", "month", "week", "decade", "day"])
        {
            let age = s.w(c + 2) == "-" && s.is(c + 3, words!["old"]);
            let one_day = s.is(i, words!["one"]) && s.is(c + 1, words!["day"]);
            return (!age && !one_day).then_some(c + 2);
        }
        // A few adjectives sit between the count and the unit ("two lean years").
        let c = if s.is(
            c,
            words![
                "lean", "long", "full", "straight", "consecutive", "short", "tough", "difficult",
                "additional", "further", "more"
            ],
        ) && s.is(c + 1, &UNITS)
        {
            c + 1
        } else {
            c
        };
        if s.is(c, &UNITS) {
            // "thirty-two years old" is an age.
            if s.is(c + 1, words!["old"]) {
                return None;
            }
            return Some(if s.is(c + 1, words!["ago", "later", "earlier"]) {
                c + 2
            } else {
                c + 1
            });
        }
        return year(s, i);
    }
    if s.is(i, words!["a", "an"]) {
        if s.is(i + 1, words!["decade", "century"]) {
            return Some(if s.is(i + 2, words!["ago", "later", "earlier"]) {
                i + 3
            } else {
                i + 2
            });
        }
        if s.is(i + 1, words!["day", "week", "month", "year"]) {
            if s.is(i + 2, words!["ago", "later", "earlier"]) {
                return Some(i + 3);
            }
            // "a year" after an amount is a frequency ("$400 million a year"); after a
            // preposition it is a period ("within a week").
            let period = i > 0
                && s.is(
                    i - 1,
                    words![
                        "within", "in", "by", "for", "over", "after", "than", "nearly", "almost",
                        "roughly", "around", "under", "about", "least"
                    ],
                );
            if period && !s.is(i + 1, words!["day"]) {
                return Some(i + 2);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates() {
        cases! {
            "in February 2024" => ["February 2024" => DATE],
            "on Feb. 3, 2024, it" => ["Feb. 3, 2024" => DATE],
            "on 3 February 2024" => ["3 February 2024" => DATE],
            "the week to Friday, Sept. 20" => ["Friday, Sept. 20" => DATE],
            "in Q3 2024" => ["Q3 2024" => DATE],
            "in the third quarter" => ["third quarter" => DATE],
            "by mid-2025" => ["mid-2025" => DATE],
            "in the late 1990s" => ["late 1990s" => DATE],
            "the 1990s" => ["1990s" => DATE],
            "last Tuesday" => ["last Tuesday" => DATE],
            "last year, next month, this week" => ["last year" => DATE, "next month" => DATE, "this week" => DATE],
            "on 2024-05-01" => ["2024-05-01" => DATE],
            "by 2030" => ["2030" => DATE],
            "in 2019" => ["2019" => DATE],
            "just over a year ago" => ["a year ago" => DATE],
            "two years later" => ["two years later" => DATE],
            "36 weeks, two decades and 12 months" => ["36 weeks" => DATE, "two decades" => DATE, "12 months" => DATE],
            "today and yesterday" => ["today" => DATE, "yesterday" => DATE],
            "a five-year plan" => ["five-year" => DATE],
            "third-quarter profit" => ["third-quarter" => DATE],
            "earlier this year" => ["earlier this year" => DATE],
            "by the end of 2024" => ["end of 2024" => DATE],
            "before the end of next year" => ["end of next year" => DATE],
            "in the first half of 2027" => ["first half of 2027" => DATE],
            "in the first half of the year" => ["first half of the year" => DATE],
            "the first three quarters of 2025" => ["first three quarters of 2025" => DATE],
            "in fiscal 2025" => ["fiscal 2025" => DATE],
            "in FY2025" => ["FY2025" => DATE],
            "in H1 2025" => ["H1 2025" => DATE],
            "between January 2019 and March 2023" => ["January 2019" => DATE, "March 2023" => DATE],
            "prices for 2026-27" => ["2026-27" => DATE],
            "from their late-2022 peak" => ["late-2022" => DATE],
            "over the next two and a half years" => ["next two and a half years" => DATE],
            "over the past 18 months" => ["past 18 months" => DATE],
            "18 months ago" => ["18 months ago" => DATE],
            "a few years ago" => ["a few years ago" => DATE],
            "a year earlier" => ["a year earlier" => DATE],
            "within a week" => ["a week" => DATE],
            "in a decade" => ["a decade" => DATE],
            "in May 2022 and in May" => ["May 2022" => DATE, "May" => DATE],
            "a 20-year contract" => ["20-year" => DATE],
            "in spring 2026 and last spring" => ["spring 2026" => DATE, "last spring" => DATE],
            "the 2018 Olympic champion" => ["2018" => DATE],
            "Today we fight" => ["Today" => DATE],
            "before Thanksgiving" => ["Thanksgiving" => DATE],
            "another decade" => ["another decade" => DATE],
            "measured in decades" => ["decades" => DATE],
            "in the early 2030s" => ["early 2030s" => DATE],
            "on July 18" => ["July 18" => DATE],
            "on 05/01/2024" => ["05/01/2024" => DATE],
            "in the 19th century" => ["19th century" => DATE],
            "in the past few weeks" => ["past few weeks" => DATE],
            "3rd-quarter results" => ["3rd-quarter" => DATE],
            "founded in 1850, it" => ["1850" => DATE],
            "and later 1500 more" => [],
            "by the mid-19th century" => ["mid-19th century" => DATE],
            "an 18th-century house" => ["18th-century" => DATE],
            "the nineteenth century" => ["nineteenth century" => DATE],
            "in the spring of 2008" => ["spring of 2008" => DATE],
            "“The 2012 tour was long" => ["2012" => DATE],
            "its 2025 sales guidance" => ["2025" => DATE],
            "to close by year-end" => ["year-end" => DATE],
            "after two lean years" => ["two lean years" => DATE],
            "would ship in the autumn" => ["autumn" => DATE],
            "founded that year by two brothers" => ["that year" => DATE],
            "that week was" => ["that week" => DATE],
            // Negatives: a fall, a measure, a water source.
            "the fall in prices, that year-on-year rise" => [],
            "the spring water" => [],
            "in the summer months" => [],
            // A wire headline in capitals.
            "FRIDAY , AUGUST 30 SCHEDULE" => ["FRIDAY , AUGUST 30" => DATE],
            "RESULTS ON 30 AUGUST 1996" => ["30 AUGUST 1996" => DATE],
            "PRICES MAY FALL IN MARCH" => [],
            "THEY MARCH ON MONDAY" => ["MONDAY" => DATE],
            // Negatives.
            "at 9 a.m. for 24 hours" => [],
            "published monthly" => [],
            "$400 million a year" => ["$400 million" => MONEY],
            "hired 2000 employees" => [],
            "2,000 units" => [],
            "call 555-2024-1234" => [],
            "COVID-19 and Windows 11 on an iPhone 15" => [],
            "runs Windows 2000" => [],
            "at ETHDenver 2025 in February" => ["February" => DATE],
            "the 2026 Winter Olympics" => [],
            "a 22-year-old guard" => [],
            "their one-day internationals" => [],
            "it may rain" => [],
            "within hours" => [],
            "held every two years" => [],
            "mass every Sunday" => [],
            "he was 40 years old" => [],
            "the next generation" => [],
        }
    }
}
