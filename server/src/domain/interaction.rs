//! The interaction: one sign-in attempt, bound to one authorization request and one browser.
//! It records what has been verified and tells the UI what is required next.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub mod mfa;

pub use self::mfa::{MfaFactor, MfaNeed, MfaState};
use super::{auth_request::AuthRequest, connector::ExternalIdentity, identifier::IdentifierType};

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
        /// The identifier's lockout counter, which wrong second-factor codes count toward.
        #[serde(default)]
        lockout_key: Option<String>,
    },
    /// A one-time code sent to an address, for this event; `verified` once the right code came back.
    #[serde(rename_all = "camelCase")]
    EmailCode {
        id: String,
        email: String,
        event: InteractionEvent,
        verified: bool,
    },
    /// A second factor that passed (or an authenticator app set up) after identification.
    SecondFactor { id: String, factor: MfaFactor },
    /// An identity an external provider proved; `user_id` is the account it is linked to.
    #[serde(rename_all = "camelCase")]
    Social {
        id: String,
        identity: ExternalIdentity,
        user_id: Option<String>,
    },
    /// A live invitation code: registering creates the invited contact's account.
    #[serde(rename_all = "camelCase")]
    Invitation {
        id: String,
        invitation_id: String,
        user_id: String,
        email: String,
        name: Option<String>,
    },
}

impl VerificationRecord {
    pub fn id(&self) -> &str {
        match self {
            Self::Password { id, .. }
            | Self::EmailCode { id, .. }
            | Self::Invitation { id, .. }
            | Self::Social { id, .. }
            | Self::SecondFactor { id, .. } => id,
        }
    }
}

/// The invitation a registration redeems.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvitedContact {
    pub invitation_id: String,
    /// The contact's id, which the new account takes.
    pub user_id: String,
}

/// What a registration (or a reset) has collected so far. The password is kept only as its
/// argon2id hash; `email` is set only once a code or an invitation proved it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Profile {
    pub username: Option<String>,
    pub password_hash: Option<String>,
    pub email: Option<String>,
    pub name: Option<String>,
    pub invitation: Option<InvitedContact>,
    /// The password of a registration sealed under the KEK, until submit: an identifier given
    /// after it must be checked against it (`password.contains_identifier`), and its hash
    /// cannot tell.
    pub password_sealed: Option<String>,
    /// Verifications refused because the password contains what they prove: identifying with
    /// them would fail again, so `nextSteps` does not offer it until another password is given.
    pub refused_by_password: Vec<String>,
    /// The external identity a registration signs up with: the account needs no password.
    pub external: Option<ExternalIdentity>,
    /// An external identity to link, at submit, to the account a sign-in proved.
    pub link: Option<ExternalIdentity>,
    /// The connector the user signed in (or up) with, for the sign-in's `amr`.
    pub federated: Option<String>,
    /// The sign-in was proved by a code mailed to the account (`sign_in.email_code`): its
    /// `amr`, and the mailbox cannot then be the second factor too.
    pub passwordless: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileField {
    /// What the account will sign in with: a username, or a confirmed email address.
    Identifier,
    Password,
}

impl Profile {
    /// The fields still to give, in the order the UI asks for them. `sign_in_with` is the
    /// identifier the account will sign in with, so it cannot be left out.
    pub fn missing(&self, sign_in_with: IdentifierType) -> Vec<ProfileField> {
        let mut missing = Vec::new();
        // The account signs in with the external identity; a username and a password can be
        // added later in the account center.
        if self.external.is_some() {
            return missing;
        }
        let identifier = match sign_in_with {
            IdentifierType::Username => &self.username,
            IdentifierType::Email => &self.email,
        };
        if identifier.is_none() {
            missing.push(ProfileField::Identifier);
        }
        if self.password_hash.is_none() {
            missing.push(ProfileField::Password);
        }
        missing
    }
}

/// What the UI must do next. The first entry is the one to do now; at the start of a sign-in
/// the entries are alternatives (a password, an emailed code) the user chooses from.
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
        /// An external identity of this interaction that identifying with this verification
        /// may link to the account (`linkVerificationId`); nothing links otherwise.
        link_verification_id: Option<String>,
    },
    /// An external provider proved an identity that no account has: register with it, or
    /// prove an existing account (its password) and link it there.
    IdentityNotLinked {
        verification_id: String,
        connector_id: String,
        /// Only an address the provider verified.
        email: Option<String>,
        name: Option<String>,
        register: bool,
        link: bool,
    },
    /// A registration still needs these fields; `identifier_types` can serve as its identifier.
    Profile {
        missing: Vec<ProfileField>,
        identifier_types: Vec<IdentifierType>,
    },
    /// Send a one-time code to an address of one of these types.
    SendVerificationCode {
        identifier_types: Vec<IdentifierType>,
    },
    /// A code went to `email`: the user types it.
    VerifyCode {
        verification_id: String,
        email: String,
    },
    /// This server registers people by invitation only.
    RedeemInvitation,
    /// A reset identified the user: the new password comes next.
    ResetPassword,
    /// A second factor before submit: one of `factors`; `masked_email` where the email code
    /// goes; `remember_browser`: the step offers "remember this browser".
    Mfa {
        factors: Vec<MfaFactor>,
        masked_email: Option<String>,
        remember_browser: bool,
    },
    /// Two-factor authentication is required and the user has no factor: set one up.
    EnrollMfa,
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
    /// The second factor of a sign-in.
    pub mfa: MfaState,
}

/// What the deployment allows, as the interaction needs to know it.
pub struct SignInPolicy {
    pub local: bool,
    /// Sign-in with an external provider.
    pub external: bool,
    pub identifier_types: Vec<IdentifierType>,
    /// Registration is possible (openly or by invitation).
    pub registration: bool,
    /// Registration needs an invitation.
    pub invitation_only: bool,
    /// What a new account must give: the identifier it will sign in with.
    pub sign_up_identifiers: Vec<IdentifierType>,
    pub password_reset: bool,
    /// Sign-in by a code mailed to the account's confirmed address (`sign_in.email_code`).
    pub email_code: bool,
}

impl SignInPolicy {
    /// The identifier a new account must have.
    pub fn sign_up_identifier(&self) -> IdentifierType {
        self.sign_up_identifiers
            .first()
            .copied()
            .unwrap_or(IdentifierType::Username)
    }

    pub fn events(&self) -> Vec<InteractionEvent> {
        let mut events = Vec::new();
        if self.local || self.external || self.email_code {
            events.push(InteractionEvent::SignIn);
        }
        if self.registration {
            events.push(InteractionEvent::Register);
        }
        if self.password_reset {
            events.push(InteractionEvent::ForgotPassword);
        }
        events
    }
}

impl Interaction {
    pub fn verification(&self, id: &str) -> Option<&VerificationRecord> {
        self.verifications.iter().find(|v| v.id() == id)
    }

    /// `needs_consent`: the client is third-party and the user has not granted these scopes.
    /// `Submit` is listed only when submitting would succeed now, and then alone.
    pub fn next_steps(&self, policy: &SignInPolicy, needs_consent: bool) -> Vec<NextStep> {
        let consent_then_submit = |scopes: &[String]| {
            if needs_consent && self.consented_at.is_none() {
                vec![NextStep::Consent {
                    scopes: scopes.to_vec(),
                }]
            } else {
                vec![NextStep::Submit]
            }
        };
        let steps = |first: NextStep| vec![first];
        if self.user_id.is_some()
            && let Some(step) = self.mfa_step()
        {
            return steps(step);
        }
        match self.event {
            None => vec![NextStep::StartInteraction {
                events: policy.events(),
            }],
            Some(_) if self.user_id.is_some() && self.event == Some(InteractionEvent::ForgotPassword) => {
                if self.profile.password_hash.is_none() {
                    steps(NextStep::ResetPassword)
                } else {
                    consent_then_submit(&self.request.scopes)
                }
            }
            Some(_) if self.user_id.is_some() => consent_then_submit(&self.request.scopes),
            Some(event) => {
                if let Some(step) = self.code_step() {
                    return steps(step);
                }
                match event {
                    InteractionEvent::SignIn => {
                        // The newest verification is the one the user just completed.
                        if let Some(verification) = self.verifications.last() {
                            if let VerificationRecord::Social {
                                id,
                                identity,
                                user_id: None,
                            } = verification
                            {
                                return steps(NextStep::IdentityNotLinked {
                                    verification_id: id.clone(),
                                    connector_id: identity.connector_id.clone(),
                                    email: identity.verified_email().map(str::to_owned),
                                    name: identity.name.clone(),
                                    register: policy.registration,
                                    link: policy.local,
                                });
                            }
                            let link = matches!(verification, VerificationRecord::Password { .. })
                                .then(|| self.unlinked_identity())
                                .flatten();
                            return steps(NextStep::Identify {
                                verification_id: verification.id().to_owned(),
                                link_verification_id: link,
                            });
                        }
                        // The ways to prove who one is, as alternatives: a password, a code
                        // mailed to the account, or both.
                        let mut ways = Vec::new();
                        if policy.local || !policy.email_code {
                            ways.push(NextStep::VerifyPassword {
                                identifier_types: policy.identifier_types.clone(),
                            });
                        }
                        if policy.email_code {
                            ways.push(NextStep::SendVerificationCode {
                                identifier_types: vec![IdentifierType::Email],
                            });
                        }
                        ways
                    }
                    InteractionEvent::ForgotPassword => steps(NextStep::SendVerificationCode {
                        identifier_types: vec![IdentifierType::Email],
                    }),
                    InteractionEvent::Register => {
                        if let Some(v @ (VerificationRecord::Invitation { .. } | VerificationRecord::Social { .. })) =
                            self.verifications.last()
                            && !self.profile.refused_by_password.iter().any(|id| id == v.id())
                        {
                            return steps(NextStep::Identify {
                                verification_id: v.id().to_owned(),
                                link_verification_id: None,
                            });
                        }
                        if policy.invitation_only && self.profile.invitation.is_none() {
                            return steps(NextStep::RedeemInvitation);
                        }
                        let missing = self.profile.missing(policy.sign_up_identifier());
                        if !missing.is_empty() {
                            return steps(NextStep::Profile {
                                missing,
                                identifier_types: policy.sign_up_identifiers.clone(),
                            });
                        }
                        consent_then_submit(&self.request.scopes)
                    }
                }
            }
        }
    }

    /// The newest external identity of this interaction that no account has yet.
    pub fn unlinked_identity(&self) -> Option<String> {
        self.verifications.iter().rev().find_map(|v| match v {
            VerificationRecord::Social { id, user_id: None, .. } => Some(id.clone()),
            _ => None,
        })
    }

    /// The second factor (or its enrolment) an identified user still owes.
    fn mfa_step(&self) -> Option<NextStep> {
        if !self.mfa.pending() {
            return None;
        }
        Some(match &self.mfa.need {
            MfaNeed::Factor {
                factors,
                remember_browser,
            } => NextStep::Mfa {
                factors: factors.clone(),
                masked_email: self.mfa.masked_email.clone(),
                remember_browser: *remember_browser,
            },
            MfaNeed::Enrol | MfaNeed::Nothing => NextStep::EnrollMfa,
        })
    }

    /// A code sent and not typed yet, or typed and not used yet.
    fn code_step(&self) -> Option<NextStep> {
        match self.verifications.last()? {
            VerificationRecord::EmailCode {
                id,
                email,
                verified: false,
                ..
            } => Some(NextStep::VerifyCode {
                verification_id: id.clone(),
                email: email.clone(),
            }),
            VerificationRecord::EmailCode { id, verified: true, .. }
                if !self.profile.refused_by_password.contains(id) =>
            {
                Some(NextStep::Identify {
                    verification_id: id.clone(),
                    link_verification_id: None,
                })
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
