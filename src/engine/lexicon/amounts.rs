//! Words of amounts and dates: currencies, scales, numbers, months, weekdays, units of time.
//! The date and amount grammar (`numeric/`) matches them; the tokenizer shares the month
//! abbreviations.

use crate::engine::text::{join, Words};

pub const CURRENCY_SYMBOLS: Words = Words::new(&[
    "$", "€", "£", "¥", "₹", "₩", "₱", "₽", "₺", "₦", "₪", "฿", "₫", "₴", "₸", "₡", "₵", "₼", "₾",
    "元",
]);

/// Currency codes and abbreviations written before or after the number ("CHF 50 million").
pub const CURRENCY_CODES: Words = Words::new(&[
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "AED", "SAR", "QAR", "INR", "Rs", "KRW",
    "HKD", "SGD", "AUD", "CAD", "NZD", "SEK", "NOK", "DKK", "BRL", "MXN", "ZAR", "TRY", "RUB",
    "KES", "NGN", "EGP", "TWD", "PLN", "IDR", "THB", "MYR", "ILS", "Dh", "Dhs",
]);

/// Currency names written after the number ("412 Danish kroner", "5 cents").
pub const CURRENCY_WORDS: Words = Words::new(&[
    "dollar", "dollars", "euro", "euros", "yen", "yuan", "renminbi", "rupee", "rupees", "rupiah",
    "ringgit", "baht", "peso", "pesos", "reais", "rand", "kroner", "krone", "kronor", "krona",
    "franc", "francs", "riyal", "riyals", "rial", "rials", "dirham", "dirhams", "shekel",
    "shekels", "lira", "liras", "naira", "shilling", "shillings", "cent", "cents", "pence",
    "ruble", "rubles", "rouble", "roubles", "hryvnia", "zloty", "forint", "koruna", "dinar",
    "dinars", "dong", "sterling", "sol", "soles", "złoty", "zlotys", "złotys", "lei", "leu", "lev",
    "kwacha", "cedi", "cedis", "birr", "taka", "tenge", "manat", "lari", "kuna", "bolivar",
    "bolivars", "quetzales", "colones", "guaranies", "rupiahs", "bitcoins",
]);

/// Currency names that are also ordinary words ("5 pounds" of flour, "had won 82"): only
/// after a scale word ("40 million pounds").
pub const CURRENCY_WORDS_AFTER_SCALE: Words = Words::new(&["pound", "pounds", "won", "real"]);

/// Scale words after a number. Single letters only count when glued to the number ("$40m").
pub const SCALES: Words = Words::new(&[
    "thousand", "million", "billion", "trillion", "mn", "mln", "bn", "tn", "trn", "crore",
    "crores", "lakh", "lakhs",
]);
pub const GLUED_SCALES: Words = Words::new(&["m", "b", "k", "M", "B", "K", "MM"]);

pub const NUMBER_WORDS: Words = Words::new(&[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "several",
]);

pub const MONTHS: Words = Words::new(&[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]);
/// Abbreviated month names, in lower case: the tokenizer reads a full stop after them as
/// part of a date ("Feb. 3"), the date grammar takes their capitalized forms ("Feb 3").
pub const MONTH_ABBREVIATIONS: Words = Words::new(&[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
pub const WEEKDAYS: Words =
    Words::new(&["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
pub const SEASONS: Words = Words::new(&["spring", "summer", "autumn", "fall", "winter"]);
pub const HOLIDAYS: Words = Words::new(&["Thanksgiving", "Christmas", "Easter"]);

/// Units of a duration that is a DATE ("36 weeks"); hours and minutes are times, not dates.
pub const UNITS: Words = Words::new(&[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    "century", "centuries",
]);
/// Units after "last", "this", "next": the units of a duration, and also the season and the
/// quarter ("this season", "next quarter"), which are no duration ("two seasons" is no date).
pub const RELATIVE_UNITS: Words = Words::new(&RELATIVE_UNIT_WORDS);
const RELATIVE_UNIT_WORDS: [&str; 16] =
    join(&[UNITS.words(), &["quarter", "quarters", "season", "weekend"]]);
pub const RELATIVE: Words =
    Words::new(&["last", "next", "this", "past", "coming", "previous", "another"]);
pub const ORDINALS: Words = Words::new(&["first", "second", "third", "fourth", "final"]);

/// Prepositions and determiners that may start a sentence or a title-case headline before a
/// year ("In 2024", "The 2012 tour").
pub const YEAR_PREPOSITIONS: Words = Words::new(&[
    "In", "By", "Since", "From", "Until", "Till", "To", "Before", "After", "During", "For", "Of",
    "And", "Or", "Than", "Through", "Between", "On", "At", "Fiscal", "FY", "The", "A", "An",
    "This", "That", "Its", "Their", "His", "Her", "Our",
]);
/// Ordinal words before "century" ("nineteenth century").
pub const ORDINAL_WORDS: Words = Words::new(&[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "twenty-first",
]);
/// Head words of event names that carry a year ("2026 Winter Olympics", "2024 NBA Finals"):
/// the event heads of names, and words that after a year name an event but alone may name an
/// organization ("Forum", "Congress") or nothing ("Grand", "Final").
pub const YEAR_EVENT_HEADS: Words = Words::new(&YEAR_EVENT_HEAD_WORDS);
const YEAR_EVENT_HEAD_WORDS: [&str; 23] = join(&[
    super::names::EVENT_HEADS_SHARED.words(),
    &["Finals", "Final", "Awards", "Congress", "Forum", "Tour", "Grand", "Classic", "Marathon"],
    &["Tournament", "Regatta", "Paralympics", "Prix"],
]);

/// The words that open a conversion of an amount in brackets ("€600 million (approximately
/// $640 million)"): the relation patterns read it as the same amount, the Facts panel as one
/// fact.
pub const CONVERSION_HEDGES: Words =
    Words::new(&["about", "approximately", "roughly", "around", "some", "nearly"]);
