//! How `next_steps` walks each kind of interaction.

use super::*;

mod sign_in {
    use super::*;

    pub(in crate::domain::interaction) fn interaction() -> Interaction {
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
                two_factors_asked: false,
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
            mfa: Default::default(),
        }
    }

    #[test]
    fn an_emailed_code_is_offered_beside_the_password() {
        let mut policy = SignInPolicy {
            local: true,
            external: false,
            identifier_types: vec![IdentifierType::Username],
            registration: false,
            invitation_only: false,
            sign_up_identifiers: vec![IdentifierType::Username],
            password_reset: false,
            email_code: true,
        };
        let mut it = interaction();
        it.event = Some(InteractionEvent::SignIn);
        let steps = it.next_steps(&policy, false);
        assert!(matches!(&steps[..], [
            NextStep::VerifyPassword { .. },
            NextStep::SendVerificationCode { identifier_types },
        ] if identifier_types == &[IdentifierType::Email]));
        policy.local = false;
        assert!(matches!(
            &it.next_steps(&policy, false)[..],
            [NextStep::SendVerificationCode { .. }]
        ));
        it.verifications.push(VerificationRecord::EmailCode {
            id: "c1".into(),
            email: "a@example.com".into(),
            event: InteractionEvent::SignIn,
            verified: false,
        });
        assert!(matches!(
            &it.next_steps(&policy, false)[..],
            [NextStep::VerifyCode { verification_id, .. }] if verification_id == "c1"
        ));
    }

    #[test]
    fn next_steps_walk_the_sign_in() {
        let policy = SignInPolicy {
            local: true,
            external: false,
            identifier_types: vec![IdentifierType::Username],
            registration: false,
            invitation_only: false,
            sign_up_identifiers: vec![IdentifierType::Username],
            password_reset: false,
            email_code: false,
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
            lockout_key: None,
        });
        assert_eq!(
            it.next_steps(&policy, false)[0],
            NextStep::Identify {
                verification_id: "v1".into(),
                link_verification_id: None,
            }
        );
        it.user_id = Some("u".into());
        assert_eq!(it.next_steps(&policy, false), vec![NextStep::Submit]);
        let consent = NextStep::Consent {
            scopes: vec!["openid".into()],
        };
        // Submitting before the consent would fail: only the consent is listed.
        assert_eq!(it.next_steps(&policy, true), vec![consent]);
        it.consented_at = Some(Utc::now());
        assert_eq!(it.next_steps(&policy, true), vec![NextStep::Submit]);
    }
}

mod registration {
    use super::sign_in as tests;
    use super::*;

    /// `submit` is never offered while submitting would fail.
    #[test]
    fn submit_is_listed_only_when_it_would_succeed() {
        let policy = SignInPolicy {
            local: true,
            external: false,
            identifier_types: vec![IdentifierType::Username],
            registration: true,
            invitation_only: false,
            sign_up_identifiers: vec![IdentifierType::Username],
            password_reset: true,
            email_code: false,
        };
        let mut it = tests::interaction();
        for event in [
            InteractionEvent::SignIn,
            InteractionEvent::Register,
            InteractionEvent::ForgotPassword,
        ] {
            it.event = Some(event);
            for needs_consent in [false, true] {
                assert!(!it.next_steps(&policy, needs_consent).contains(&NextStep::Submit));
            }
        }
        it.event = Some(InteractionEvent::Register);
        it.profile.username = Some("newbie".into());
        assert!(!it.next_steps(&policy, false).contains(&NextStep::Submit));
        it.profile.username = None;
        it.profile.password_hash = Some("$argon2id$…".into());
        assert!(!it.next_steps(&policy, false).contains(&NextStep::Submit));
    }

    #[test]
    fn a_registration_asks_for_the_missing_fields_then_submits() {
        let policy = SignInPolicy {
            local: true,
            external: false,
            identifier_types: vec![IdentifierType::Username],
            registration: true,
            invitation_only: false,
            sign_up_identifiers: vec![IdentifierType::Username],
            password_reset: false,
            email_code: false,
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
                missing: vec![ProfileField::Identifier, ProfileField::Password],
                identifier_types: vec![IdentifierType::Username],
            }
        );
        it.profile.username = Some("newbie".into());
        it.profile.password_hash = Some("$argon2id$…".into());
        assert_eq!(it.next_steps(&policy, false), vec![NextStep::Submit]);
        assert!(matches!(it.next_steps(&policy, true)[0], NextStep::Consent { .. }));
    }
}

mod codes {
    use super::sign_in as tests;
    use super::*;

    fn policy() -> SignInPolicy {
        SignInPolicy {
            local: true,
            external: false,
            identifier_types: vec![IdentifierType::Username],
            registration: true,
            invitation_only: false,
            sign_up_identifiers: vec![IdentifierType::Username],
            password_reset: true,
            email_code: false,
        }
    }

    fn code(verified: bool) -> VerificationRecord {
        VerificationRecord::EmailCode {
            id: "c1".into(),
            email: "a@example.com".into(),
            event: InteractionEvent::ForgotPassword,
            verified,
        }
    }

    #[test]
    fn a_reset_sends_a_code_verifies_it_identifies_then_asks_for_the_password() {
        let mut it = tests::interaction();
        it.event = Some(InteractionEvent::ForgotPassword);
        assert!(matches!(
            it.next_steps(&policy(), false)[0],
            NextStep::SendVerificationCode { .. }
        ));
        it.verifications.push(code(false));
        assert!(
            matches!(&it.next_steps(&policy(), false)[0], NextStep::VerifyCode { verification_id, .. } if verification_id == "c1")
        );
        it.verifications[0] = code(true);
        assert!(
            matches!(&it.next_steps(&policy(), false)[0], NextStep::Identify { verification_id, .. } if verification_id == "c1")
        );
        it.user_id = Some("u".into());
        assert_eq!(it.next_steps(&policy(), true), vec![NextStep::ResetPassword]);
        it.profile.password_hash = Some("$argon2id$…".into());
        assert_eq!(it.next_steps(&policy(), false), vec![NextStep::Submit]);
        // A third-party client still needs consent after a reset signs the user in.
        assert!(matches!(it.next_steps(&policy(), true)[0], NextStep::Consent { .. }));
    }

    #[test]
    fn invitation_only_registration_asks_for_the_invitation_first() {
        let mut policy = policy();
        policy.invitation_only = true;
        let mut it = tests::interaction();
        it.event = Some(InteractionEvent::Register);
        assert_eq!(it.next_steps(&policy, false)[0], NextStep::RedeemInvitation);
        it.profile.invitation = Some(InvitedContact {
            invitation_id: "i".into(),
            user_id: "u".into(),
        });
        it.profile.email = Some("a@example.com".into());
        // Sign-in is by username: the invited contact still chooses one.
        assert!(
            matches!(&it.next_steps(&policy, false)[0], NextStep::Profile { missing, .. } if missing == &[ProfileField::Identifier, ProfileField::Password])
        );
        policy.sign_up_identifiers = vec![IdentifierType::Email];
        assert!(
            matches!(&it.next_steps(&policy, false)[0], NextStep::Profile { missing, .. } if missing == &[ProfileField::Password])
        );
    }
}

mod social {
    use super::sign_in::interaction;
    use super::*;
    use crate::domain::connector::ExternalIdentity;

    fn policy(local: bool) -> SignInPolicy {
        SignInPolicy {
            local,
            external: true,
            identifier_types: vec![IdentifierType::Username],
            registration: true,
            invitation_only: false,
            sign_up_identifiers: vec![IdentifierType::Username],
            password_reset: true,
            email_code: false,
        }
    }

    fn social(user_id: Option<&str>, email_verified: bool) -> VerificationRecord {
        VerificationRecord::Social {
            id: "s1".into(),
            identity: ExternalIdentity {
                connector_id: "up".into(),
                subject: "42".into(),
                email: Some("a@example.com".into()),
                email_verified,
                name: Some("Ada".into()),
                username: None,
                locale: None,
            },
            user_id: user_id.map(String::from),
        }
    }

    #[test]
    fn an_unlinked_identity_offers_register_and_link_with_a_verified_address_only() {
        let mut it = interaction();
        it.event = Some(InteractionEvent::SignIn);
        it.verifications.push(social(None, false));
        let step = NextStep::IdentityNotLinked {
            verification_id: "s1".into(),
            connector_id: "up".into(),
            email: None,
            name: Some("Ada".into()),
            register: true,
            link: false,
        };
        assert_eq!(it.next_steps(&policy(false), false), vec![step]);
        it.verifications = vec![social(None, true)];
        let steps = it.next_steps(&policy(true), false);
        assert!(
            matches!(&steps[0], NextStep::IdentityNotLinked { email: Some(e), link: true, .. } if e == "a@example.com")
        );
    }

    #[test]
    fn a_password_after_an_unlinked_identity_may_link_it_and_a_linked_one_identifies() {
        let mut it = interaction();
        it.event = Some(InteractionEvent::SignIn);
        it.verifications.push(social(None, true));
        it.verifications.push(VerificationRecord::Password {
            id: "p1".into(),
            identifier_type: IdentifierType::Username,
            user_id: "u".into(),
            lockout_key: None,
        });
        assert_eq!(
            it.next_steps(&policy(true), false),
            vec![NextStep::Identify {
                verification_id: "p1".into(),
                link_verification_id: Some("s1".into()),
            }]
        );
        it.verifications = vec![social(Some("u"), true)];
        assert_eq!(
            it.next_steps(&policy(true), false),
            vec![NextStep::Identify {
                verification_id: "s1".into(),
                link_verification_id: None,
            }]
        );
    }

    #[test]
    fn a_registration_with_an_identity_needs_nothing_else() {
        let mut it = interaction();
        it.event = Some(InteractionEvent::Register);
        it.verifications.push(social(None, true));
        assert!(
            matches!(&it.next_steps(&policy(true), false)[0], NextStep::Identify { verification_id, .. } if verification_id == "s1")
        );
        it.verifications.clear();
        it.profile.external = match social(None, true) {
            VerificationRecord::Social { identity, .. } => Some(identity),
            _ => unreachable!(),
        };
        assert_eq!(it.next_steps(&policy(true), false), vec![NextStep::Submit]);
    }
}
