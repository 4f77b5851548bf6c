//! MONEY and PERCENT: an amount with its currency (a symbol, a code or a name, before or
//! after the number, with a scale: "€600 million", "CHF 50m", "412 Danish kroner") and a
//! share ("12%", "3.5 per cent", "ten percent").

use super::Toks;
use crate::engine::lexicon::amounts::*;
use crate::engine::text::words;

fn scale_at(s: &Toks, i: usize) -> Option<usize> {
    if s.is(i, &SCALES) || (s.is_exact(i, &GLUED_SCALES) && i > 0 && s.glued(i - 1)) {
        Some(i + 1)
    } else {
        None
    }
}

/// MONEY starting at token `i`.
pub(super) fn money(s: &Toks, i: usize) -> Option<usize> {
    // "US$3 billion", "NT$374.7 billion", "E£1,450": letters glued to the symbol.
    let prefixed = s.w(i).len() <= 3
        && s.w(i).chars().all(|c| c.is_ascii_uppercase())
        && s.glued(i)
        && s.is_exact(i + 1, &CURRENCY_SYMBOLS);
    let sym = if prefixed { i + 1 } else { i };
    if s.is_exact(sym, &CURRENCY_SYMBOLS) {
        let n = sym + 1;
        if !s.is_num(n) {
            return None;
        }
        // A symbol that follows a word glued to it ("AT$5") is not a currency.
        if !prefixed
            && i > 0
            && s.glued(i - 1)
            && s.w(i - 1).chars().last().is_some_and(char::is_alphanumeric)
        {
            return None;
        }
        return Some(scale_at(s, n + 1).unwrap_or(n + 1));
    }
    // "CHF 50 million", "Rs. 500 crore".
    if s.is_exact(i, &CURRENCY_CODES) {
        let n = if s.w(i + 1) == "." && s.glued(i) { i + 2 } else { i + 1 };
        if s.is_num(n) {
            return Some(scale_at(s, n + 1).unwrap_or(n + 1));
        }
        return None;
    }
    // "R48 million": the rand glued to its number; only with a scale, since "R2" is often a name.
    let w = s.w(i);
    if w.len() >= 2 && w.starts_with('R') && w[1..].bytes().all(|b| b.is_ascii_digit()) {
        return scale_at(s, i + 1);
    }
    // "600 million euros", "412 Danish kroner", "5 cents", "10 million USD".
    let small_number = || {
        s.is(
            i,
            words![
                "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "half"
            ],
        ) && scale_at(s, i + 1).is_some()
    };
    if !(s.is_num(i) || small_number()) {
        return None;
    }
    let after_number = i + 1;
    if w.len() <= 2 && s.glued(i) && s.is_exact(i + 1, words!["p"]) {
        return Some(i + 2); // "50p"
    }
    if s.w(after_number) == "¢" && s.glued(i) {
        return Some(after_number + 1);
    }
    let scaled = scale_at(s, after_number);
    let j = scaled.unwrap_or(after_number);
    if s.is_exact(j, &CURRENCY_CODES) {
        return Some(j + 1);
    }
    // Up to two capitalized words name the country ("Danish kroner", "Hong Kong dollars").
    for k in 0..=2 {
        if s.is(j + k, &CURRENCY_WORDS)
            || (scaled.is_some() && s.is(j + k, &CURRENCY_WORDS_AFTER_SCALE))
        {
            return Some(j + k + 1);
        }
        if !s.capitalized(j + k) {
            break;
        }
    }
    None
}

/// PERCENT starting at token `i`: "12%", "-3%", "3.5 per cent", "ten percent".
pub(super) fn percent(s: &Toks, i: usize) -> Option<usize> {
    let mut n = i;
    // A sign belongs to the number when glued to it and not to a word before ("COVID-19%").
    if matches!(s.w(i), "-" | "−" | "+")
        && s.glued(i)
        && s.is_num(i + 1)
        && !(i > 0 && s.glued(i - 1))
    {
        n = i + 1;
    }
    if !(s.is_num(n) || s.is(n, &NUMBER_WORDS)) {
        return None;
    }
    let after = n + 1;
    match s.w(after) {
        "%" => Some(after + 1),
        _ if s.is(after, words!["percent", "pct", "percentage"]) => {
            if s.is(after, words!["percentage"]) {
                s.is(after + 1, words!["point", "points"]).then_some(after + 2)
            } else {
                Some(after + 1)
            }
        }
        _ if s.is(after, words!["per"]) && s.is(after + 1, words!["cent"]) => Some(after + 2),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn money() {
        cases! {
            "Mistral raised €600 million." => ["€600 million" => MONEY],
            "It raised $1.2bn and £40m." => ["$1.2bn" => MONEY, "£40m" => MONEY],
            "a US$3 billion deal" => ["US$3 billion" => MONEY],
            "revenue of NT$374.7 billion" => ["NT$374.7 billion" => MONEY],
            "600 million euros" => ["600 million euros" => MONEY],
            "a ticket costs 412 Danish kroner" => ["412 Danish kroner" => MONEY],
            "about 330 billion Chilean pesos" => ["330 billion Chilean pesos" => MONEY],
            "CHF 50 million" => ["CHF 50 million" => MONEY],
            "¥2 trillion" => ["¥2 trillion" => MONEY],
            "a $16 million investment" => ["$16 million" => MONEY],
            "Rs 500 crore" => ["Rs 500 crore" => MONEY],
            "5 cents" => ["5 cents" => MONEY],
            "It sells for $5.99." => ["$5.99" => MONEY],
            "€1.1bn, or 1.1 billion euros" => ["€1.1bn" => MONEY, "1.1 billion euros" => MONEY],
            "$20 trillion" => ["$20 trillion" => MONEY],
            "₹800 crore and ₩5 trillion" => ["₹800 crore" => MONEY, "₩5 trillion" => MONEY],
            "A$10m, C$2 billion, HK$3, R$50 million" => ["A$10m" => MONEY, "C$2 billion" => MONEY, "HK$3" => MONEY, "R$50 million" => MONEY],
            "USD 10 million" => ["USD 10 million" => MONEY],
            "10 million dollars" => ["10 million dollars" => MONEY],
            "approximately $640 million" => ["$640 million" => MONEY],
            "the $22-to-$24 range" => ["$22" => MONEY, "$24" => MONEY],
            "a $49-a-year membership" => ["$49" => MONEY],
            "$16bn–$18bn" => ["$16bn" => MONEY, "$18bn" => MONEY],
            "E£1,450 for adults" => ["E£1,450" => MONEY],
            "fell to 214 pence" => ["214 pence" => MONEY],
            "about R48 million" => ["R48 million" => MONEY],
            "a $22M Series A" => ["$22M" => MONEY],
            "40 million pounds" => ["40 million pounds" => MONEY],
            "AED 41.9 billion" => ["AED 41.9 billion" => MONEY],
            "1.8 billion soles and 45 million złoty" => ["1.8 billion soles" => MONEY, "45 million złoty" => MONEY],
            // Negatives.
            "5 pounds of flour" => [],
            "they had won 82 matches" => [],
            "a $ sign" => [],
            "R2 and D2" => [],
        }
    }

    #[test]
    fn percent() {
        cases! {
            "up 12%" => ["12%" => PERCENT],
            "rose 3.5 percent" => ["3.5 percent" => PERCENT],
            "up 22 per cent" => ["22 per cent" => PERCENT],
            "rates of 4.25%–4.5%" => ["4.25%" => PERCENT, "4.5%" => PERCENT],
            "a change of -3% today" => ["-3%" => PERCENT, "today" => DATE],
            "ten percent" => ["ten percent" => PERCENT],
            "50 percentage points" => ["50 percentage points" => PERCENT],
            "between 20% and 25%" => ["20%" => PERCENT, "25%" => PERCENT],
            // Negatives.
            "COVID-19 cases" => [],
            "per cent" => [],
        }
    }
}
