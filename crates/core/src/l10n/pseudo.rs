//! The pseudo-locale: English with every letter accented and every vowel doubled (about 40%
//! longer), so a test sees which text is not from the catalogue and where a longer language
//! would clip.

use std::borrow::Cow;

/// The accented form of an ASCII letter.
fn accented(ch: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "åƀçđéƒĝĥîĵķĺɱñöþǫŕšŧûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŦÛṼŴẊÝŽ";
    FROM.chars()
        .position(|c| c == ch)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(ch)
}

/// Applied by Fluent to the text of every message, never to its arguments.
pub fn transform(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for ch in text.chars() {
        let shown = accented(ch);
        out.push(shown);
        if "aeiouAEIOU".contains(ch) {
            out.push(shown);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn letters_are_accented_vowels_doubled_and_the_rest_kept() {
        assert_eq!(super::transform("Sign in, 5 min"), "Šîîĝñ îîñ, 5 ɱîîñ");
    }
}
