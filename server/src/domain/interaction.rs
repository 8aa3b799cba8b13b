//! The interaction: one sign-in attempt, bound to one authorization request and one browser.
//! It records what has been verified and tells the UI what is required next.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{auth_request::AuthRequest, identifier::IdentifierType};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum InteractionEvent {
    SignIn,
    Register,
    ForgotPassword,
}

impl InteractionEvent {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SignIn => "SignIn",
            Self::Register => "Register",
            Self::ForgotPassword => "ForgotPassword",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [Self::SignIn, Self::Register, Self::ForgotPassword]
            .into_iter()
            .find(|e| e.as_str() == value)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum VerificationRecord {
    /// A password that matched; the user it proves.
    Password {
        id: String,
        identifier_type: IdentifierType,
        user_id: String,
    },
}

/// What a registration has collected so far. The password is kept only as its argon2id hash.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub username: Option<String>,
    pub password_hash: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileField {
    Username,
    Password,
}

impl Profile {
    /// The fields still to give, in the order the UI asks for them.
    pub fn missing(&self) -> Vec<ProfileField> {
        let mut missing = Vec::new();
        if self.username.is_none() {
            missing.push(ProfileField::Username);
        }
        if self.password_hash.is_none() {
            missing.push(ProfileField::Password);
        }
        missing
    }
}

impl VerificationRecord {
    pub fn id(&self) -> &str {
        match self {
            Self::Password { id, .. } => id,
        }
    }

    pub fn user_id(&self) -> &str {
        match self {
            Self::Password { user_id, .. } => user_id,
        }
    }
}

/// What the UI must do next. The first entry is the one to do now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextStep {
    StartInteraction {
        events: Vec<InteractionEvent>,
    },
    VerifyPassword {
        identifier_types: Vec<IdentifierType>,
    },
    Identify {
        verification_id: String,
    },
    /// A registration still needs these fields.
    Profile {
        missing: Vec<ProfileField>,
    },
    /// A third-party client asks for these scopes: the user allows or denies.
    Consent {
        scopes: Vec<String>,
    },
    Submit,
}

#[derive(Debug, Clone)]
pub struct Interaction {
    /// The hash of the cookie value; the value itself is never stored.
    pub id: String,
    pub request: AuthRequest,
    pub event: Option<InteractionEvent>,
    pub verifications: Vec<VerificationRecord>,
    pub user_id: Option<String>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub expires_at: DateTime<Utc>,
    /// The SSO session the user arrived with, when only consent was missing.
    pub session_id: Option<String>,
    pub consented_at: Option<DateTime<Utc>>,
    /// "Remember me": the session it starts survives the browser closing.
    pub remember_me: bool,
    pub profile: Profile,
}

/// What the deployment allows, as the interaction needs to know it.
pub struct SignInPolicy {
    pub local: bool,
    pub identifier_types: Vec<IdentifierType>,
    /// Anyone may register with a username and a password now.
    pub registration: bool,
}

impl SignInPolicy {
    pub fn events(&self) -> Vec<InteractionEvent> {
        let mut events = Vec::new();
        if self.local {
            events.push(InteractionEvent::SignIn);
        }
        if self.registration {
            events.push(InteractionEvent::Register);
        }
        events
    }
}

impl Interaction {
    pub fn verification(&self, id: &str) -> Option<&VerificationRecord> {
        self.verifications.iter().find(|v| v.id() == id)
    }

    /// `needs_consent`: the client is third-party and the user has not granted these scopes.
    pub fn next_steps(&self, policy: &SignInPolicy, needs_consent: bool) -> Vec<NextStep> {
        match self.event {
            Some(InteractionEvent::SignIn) => {}
            Some(InteractionEvent::Register) if self.user_id.is_none() => {
                let missing = self.profile.missing();
                if !missing.is_empty() {
                    return vec![NextStep::Profile { missing }, NextStep::Submit];
                }
                if needs_consent && self.consented_at.is_none() {
                    let scopes = self.request.scopes.clone();
                    return vec![NextStep::Consent { scopes }, NextStep::Submit];
                }
                return vec![NextStep::Submit];
            }
            Some(InteractionEvent::Register) => {}
            _ => {
                return vec![NextStep::StartInteraction {
                    events: policy.events(),
                }];
            }
        }
        if self.user_id.is_some() {
            if needs_consent && self.consented_at.is_none() {
                let scopes = self.request.scopes.clone();
                return vec![NextStep::Consent { scopes }, NextStep::Submit];
            }
            return vec![NextStep::Submit];
        }
        // The newest verification is the one the user just completed.
        if let Some(verification) = self.verifications.last() {
            return vec![
                NextStep::Identify {
                    verification_id: verification.id().to_owned(),
                },
                NextStep::Submit,
            ];
        }
        vec![
            NextStep::VerifyPassword {
                identifier_types: policy.identifier_types.clone(),
            },
            NextStep::Submit,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn interaction() -> Interaction {
        Interaction {
            id: "i".into(),
            request: AuthRequest {
                client_id: "c".into(),
                redirect_uri: "https://c/cb".into(),
                scopes: vec!["openid".into()],
                state: None,
                nonce: None,
                code_challenge: None,
                prompt: vec![],
                max_age: None,
                login_hint: None,
                ui_locales: None,
                id_token_hint: None,
            },
            event: None,
            verifications: vec![],
            user_id: None,
            submitted_at: None,
            expires_at: Utc::now(),
            session_id: None,
            consented_at: None,
            remember_me: false,
            profile: Profile::default(),
        }
    }

    #[test]
    fn next_steps_walk_the_sign_in() {
        let policy = SignInPolicy {
            local: true,
            identifier_types: vec![IdentifierType::Username],
            registration: false,
        };
        let mut it = interaction();
        assert!(
            matches!(&it.next_steps(&policy, false)[0], NextStep::StartInteraction { events } if events == &[InteractionEvent::SignIn])
        );
        it.event = Some(InteractionEvent::SignIn);
        assert!(matches!(
            &it.next_steps(&policy, false)[0],
            NextStep::VerifyPassword { .. }
        ));
        it.verifications.push(VerificationRecord::Password {
            id: "v1".into(),
            identifier_type: IdentifierType::Username,
            user_id: "u".into(),
        });
        assert_eq!(
            it.next_steps(&policy, false)[0],
            NextStep::Identify {
                verification_id: "v1".into()
            }
        );
        it.user_id = Some("u".into());
        assert_eq!(it.next_steps(&policy, false), vec![NextStep::Submit]);
        let consent = NextStep::Consent {
            scopes: vec!["openid".into()],
        };
        assert_eq!(it.next_steps(&policy, true), vec![consent, NextStep::Submit]);
        it.consented_at = Some(Utc::now());
        assert_eq!(it.next_steps(&policy, true), vec![NextStep::Submit]);
    }
}

#[cfg(test)]
mod registration_tests {
    use super::*;

    #[test]
    fn a_registration_asks_for_the_missing_fields_then_submits() {
        let policy = SignInPolicy {
            local: true,
            identifier_types: vec![IdentifierType::Username],
            registration: true,
        };
        assert_eq!(
            policy.events(),
            vec![InteractionEvent::SignIn, InteractionEvent::Register]
        );
        let mut it = tests::interaction();
        it.event = Some(InteractionEvent::Register);
        assert_eq!(
            it.next_steps(&policy, false)[0],
            NextStep::Profile {
                missing: vec![ProfileField::Username, ProfileField::Password]
            }
        );
        it.profile.username = Some("newbie".into());
        it.profile.password_hash = Some("$argon2id$…".into());
        assert_eq!(it.next_steps(&policy, false), vec![NextStep::Submit]);
        assert!(matches!(it.next_steps(&policy, true)[0], NextStep::Consent { .. }));
    }
}
