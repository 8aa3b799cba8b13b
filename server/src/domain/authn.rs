//! How a user signed in: the RFC 8176 authentication method references (`amr`) of a sign-in
//! and the authentication context class (`acr`) they earn.

/// Two factors passed (a password and a one-time code).
pub const ACR_TWO_FACTORS: &str = "urn:gatehouse:acr:2fa";
/// One factor: a password, or a remembered browser standing in for the second.
pub const ACR_ONE_FACTOR: &str = "urn:gatehouse:acr:1fa";

/// The methods of a password sign-in.
pub const PASSWORD: &str = "pwd";
/// The methods of a password sign-in completed by a second factor's one-time code.
pub const PASSWORD_AND_OTP: &str = "pwd otp mfa";

/// The methods of a sign-in through an external provider (federated; the value Microsoft
/// Entra uses, as RFC 8176 registers none).
pub const FEDERATED: &str = "fed";
/// A federated sign-in completed by a second factor of ours.
pub const FEDERATED_AND_OTP: &str = "fed otp mfa";

/// A sign-in by a code mailed to the account alone (`sign_in.email_code`): RFC 8176 has no
/// email method, and `otp` (a one-time password) is what Logto and others say for it.
pub const EMAIL_CODE: &str = "otp";
/// An emailed-code sign-in completed by a second factor (an app's code or a backup code, never
/// a second mailed code).
pub const EMAIL_CODE_AND_OTP: &str = "otp mfa";

/// What proved the user before any second factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirstFactor {
    Password,
    Federated,
    EmailCode,
}

/// The methods of a sign-in: its first factor, and whether a second factor passed.
pub fn methods(first: FirstFactor, second_factor: bool) -> &'static str {
    match (first, second_factor) {
        (FirstFactor::Password, false) => PASSWORD,
        (FirstFactor::Password, true) => PASSWORD_AND_OTP,
        (FirstFactor::Federated, false) => FEDERATED,
        (FirstFactor::Federated, true) => FEDERATED_AND_OTP,
        (FirstFactor::EmailCode, false) => EMAIL_CODE,
        (FirstFactor::EmailCode, true) => EMAIL_CODE_AND_OTP,
    }
}

/// The stored, space-separated methods as a list; rows from before two-factor sign-in have
/// none, and those were password sign-ins.
pub fn amr(stored: Option<&str>) -> Vec<&str> {
    stored
        .unwrap_or(PASSWORD)
        .split(' ')
        .filter(|m| !m.is_empty())
        .collect()
}

pub fn acr(stored: Option<&str>) -> &'static str {
    if amr(stored).contains(&"mfa") {
        ACR_TWO_FACTORS
    } else {
        ACR_ONE_FACTOR
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_rows_are_password_sign_ins() {
        assert_eq!(amr(None), ["pwd"]);
        assert_eq!(acr(None), ACR_ONE_FACTOR);
    }

    #[test]
    fn a_second_factor_earns_the_two_factor_class() {
        assert_eq!(amr(Some(PASSWORD_AND_OTP)), ["pwd", "otp", "mfa"]);
        assert_eq!(acr(Some(PASSWORD_AND_OTP)), ACR_TWO_FACTORS);
    }

    #[test]
    fn an_emailed_code_alone_is_one_factor() {
        assert_eq!(amr(Some(methods(FirstFactor::EmailCode, false))), ["otp"]);
        assert_eq!(acr(Some(EMAIL_CODE)), ACR_ONE_FACTOR);
        assert_eq!(acr(Some(methods(FirstFactor::EmailCode, true))), ACR_TWO_FACTORS);
    }
}
