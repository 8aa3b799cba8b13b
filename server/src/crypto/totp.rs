//! Time-based one-time passwords (RFC 6238) for authenticator apps: HMAC-SHA-1, 6 digits, 30
//! second steps, a 160-bit secret, one step of drift either way. A check answers the step the
//! code belongs to, so that the caller can accept each step once (replay protection).

use aws_lc_rs::rand;
use totp_rs::{Algorithm, Secret, TOTP};

use super::token::constant_time_eq;

const DIGITS: usize = 6;
const STEP_SECONDS: u64 = 30;
/// Steps of drift accepted on either side of now.
const DRIFT: i64 = 1;
const SECRET_BYTES: usize = 20;

/// A secret, as the authenticator app is given it: base32 without padding.
#[derive(Clone)]
pub struct TotpSecret(String);

impl std::fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TotpSecret(..)")
    }
}

impl TotpSecret {
    pub fn generate() -> Self {
        let mut bytes = [0u8; SECRET_BYTES];
        rand::fill(&mut bytes).expect("the system random generator failed");
        Self(Secret::Raw(bytes.to_vec()).to_encoded().to_string())
    }

    /// A stored secret; `None` when it is not base32 of at least 128 bits.
    pub fn from_base32(encoded: &str) -> Option<Self> {
        let bytes = Secret::Encoded(encoded.to_owned()).to_bytes().ok()?;
        (bytes.len() >= 16).then(|| Self(encoded.to_owned()))
    }

    pub fn base32(&self) -> &str {
        &self.0
    }

    fn totp(&self, digits: usize) -> TOTP {
        let bytes = Secret::Encoded(self.0.clone()).to_bytes().unwrap_or_default();
        TOTP::new_unchecked(Algorithm::SHA1, digits, 0, STEP_SECONDS, bytes)
    }

    /// The code of the step that contains `unix_seconds`.
    pub fn code_at(&self, unix_seconds: u64) -> String {
        self.totp(DIGITS).generate(unix_seconds)
    }

    /// The step whose code `code` is, within the drift around `unix_seconds`.
    pub fn matching_step(&self, code: &str, unix_seconds: u64) -> Option<i64> {
        if code.len() != DIGITS || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let now = i64::try_from(unix_seconds / STEP_SECONDS).ok()?;
        let totp = self.totp(DIGITS);
        // Every candidate is computed and compared, so the time taken does not tell which matched.
        let mut found = None;
        for step in now - DRIFT..=now + DRIFT {
            let Ok(at) = u64::try_from(step) else { continue };
            let expected = totp.generate(at * STEP_SECONDS);
            if constant_time_eq(expected.as_bytes(), code.as_bytes()) && found.is_none() {
                found = Some(step);
            }
        }
        found
    }

    /// `otpauth://totp/Issuer:account?secret=…&issuer=…` (Key Uri Format), what the QR code holds.
    pub fn otpauth_uri(&self, issuer: &str, account: &str) -> String {
        let label = format!("{issuer}:{account}");
        let mut url = url::Url::parse("otpauth://totp/").expect("a valid base URL");
        url.set_path(&format!("/{}", urlencode(&label)));
        url.query_pairs_mut()
            .append_pair("secret", &self.0)
            .append_pair("issuer", issuer)
            .append_pair("algorithm", "SHA1")
            .append_pair("digits", "6")
            .append_pair("period", "30");
        url.into()
    }
}

fn urlencode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

/// An SVG QR code of `text`, as a `data:` URL an `<img>` can show.
pub fn qr_data_url(text: &str) -> String {
    use base64::{Engine, engine::general_purpose::STANDARD};
    let svg = qrcode::QrCode::new(text.as_bytes())
        .map(|code| {
            code.render::<qrcode::render::svg::Color>()
                .min_dimensions(200, 200)
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default();
    format!("data:image/svg+xml;base64,{}", STANDARD.encode(svg))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1 rows, through the same code path (8 digits there).
    #[test]
    fn rfc_6238_appendix_b_vectors() {
        let secret = TotpSecret(Secret::Raw(b"12345678901234567890".to_vec()).to_encoded().to_string());
        for (time, expected) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(secret.totp(8).generate(time), expected, "T = {time}");
            // Our 6 digits are the last 6 of the same truncation.
            assert_eq!(secret.code_at(time), expected[2..], "T = {time}");
        }
    }

    #[test]
    fn a_code_matches_its_step_and_one_either_side() {
        let secret = TotpSecret::generate();
        assert_eq!(secret.base32().len(), 32, "160 bits in base32");
        let now = 1_700_000_015;
        let step = (now / 30) as i64;
        assert_eq!(secret.matching_step(&secret.code_at(now), now), Some(step));
        assert_eq!(secret.matching_step(&secret.code_at(now - 30), now), Some(step - 1));
        assert_eq!(secret.matching_step(&secret.code_at(now + 30), now), Some(step + 1));
        assert_eq!(secret.matching_step(&secret.code_at(now - 60), now), None);
        assert_eq!(secret.matching_step("12345", now), None);
        assert_eq!(secret.matching_step("abcdef", now), None);
    }

    #[test]
    fn the_uri_names_the_issuer_and_the_account() {
        let secret = TotpSecret::from_base32("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP").unwrap();
        let uri = secret.otpauth_uri("id.example.com", "alice@example.com");
        assert!(uri.starts_with("otpauth://totp/id.example.com%3Aalice%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=id.example.com"), "{uri}");
        assert!(qr_data_url(&uri).starts_with("data:image/svg+xml;base64,"));
        assert!(TotpSecret::from_base32("short").is_none());
    }
}
