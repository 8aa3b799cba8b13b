//! The body of `/api/admin/applications/{id}/policy`: the application's override document.
//! Every field left out (or `null`) keeps the global setting.

use poem_openapi::Object;

use crate::{
    domain::app_policy::{AccessRules, AppPolicy, Branding, PolicyDraft},
    http::experience::{
        dto::IdentifierTypeDto,
        sign_in_exp_dto::{BrandingDto, RegistrationModeDto},
        text::Text,
    },
};

fn strings(list: Option<Vec<Text>>) -> Vec<String> {
    list.map(|l| l.into_iter().map(String::from).collect())
        .unwrap_or_default()
}

#[derive(Debug, Object)]
#[oai(rename = "AdminBrandingRequest", rename_all = "camelCase")]
pub struct BrandingBody {
    #[oai(validator(max_length = 100))]
    pub display_name: Option<Text>,
    /// `https:` or `data:image/…` (at most 32 KiB).
    #[oai(validator(max_length = 32768))]
    pub logo_url: Option<Text>,
    /// `#rrggbb`.
    #[oai(validator(max_length = 7))]
    pub primary_color: Option<Text>,
    #[oai(validator(max_length = 2048))]
    pub terms_url: Option<Text>,
    #[oai(validator(max_length = 2048))]
    pub privacy_url: Option<Text>,
}

/// Who may sign in or register through the application. A refusal wins; a non-empty allow
/// list refuses whatever it does not name. A domain also covers its subdomains.
#[derive(Debug, Object)]
#[oai(rename = "AdminAccessRulesRequest", rename_all = "camelCase")]
pub struct AccessRulesBody {
    #[oai(validator(max_items = 100))]
    pub allowed_email_domains: Option<Vec<Text>>,
    #[oai(validator(max_items = 100))]
    pub blocked_email_domains: Option<Vec<Text>>,
    /// Addresses or CIDR ranges (`10.0.0.0/8`, `2001:db8::/32`).
    #[oai(validator(max_items = 100))]
    pub allowed_ip_ranges: Option<Vec<Text>>,
    #[oai(validator(max_items = 100))]
    pub blocked_ip_ranges: Option<Vec<Text>>,
}

#[derive(Debug, Object)]
#[oai(rename = "AdminApplicationPolicyRequest", rename_all = "camelCase")]
pub struct PolicyBody {
    /// What sign-in by password asks for; the first is what a new account must have.
    #[oai(validator(max_items = 10))]
    pub identifiers: Option<Vec<IdentifierTypeDto>>,
    /// Sign-in by password.
    pub password: Option<bool>,
    /// Passwordless sign-in by a one-time code sent to a confirmed email.
    pub email_code: Option<bool>,
    /// The configured connectors this application offers.
    #[oai(validator(max_items = 100))]
    pub connectors: Option<Vec<Text>>,
    pub registration: Option<RegistrationModeDto>,
    pub two_factor_required: Option<bool>,
    pub branding: Option<BrandingBody>,
    pub access: Option<AccessRulesBody>,
}

impl From<PolicyBody> for PolicyDraft {
    fn from(b: PolicyBody) -> Self {
        let branding = b.branding.map_or_else(Branding::default, |b| Branding {
            display_name: b.display_name.map(String::from),
            logo_url: b.logo_url.map(String::from),
            primary_color: b.primary_color.map(String::from),
            terms_url: b.terms_url.map(String::from),
            privacy_url: b.privacy_url.map(String::from),
        });
        let access = b.access.map_or_else(AccessRules::default, |a| AccessRules {
            allowed_email_domains: strings(a.allowed_email_domains),
            blocked_email_domains: strings(a.blocked_email_domains),
            allowed_ip_ranges: strings(a.allowed_ip_ranges),
            blocked_ip_ranges: strings(a.blocked_ip_ranges),
        });
        Self {
            identifiers: b.identifiers.map(|l| l.into_iter().map(Into::into).collect()),
            password: b.password,
            email_code: b.email_code,
            connectors: b.connectors.map(|l| l.into_iter().map(String::from).collect()),
            registration: b.registration.map(Into::into),
            two_factor_required: b.two_factor_required,
            branding,
            access,
        }
    }
}

#[derive(Debug, Object)]
#[oai(rename = "AdminAccessRules", rename_all = "camelCase")]
pub struct AccessRulesDto {
    pub allowed_email_domains: Vec<String>,
    pub blocked_email_domains: Vec<String>,
    pub allowed_ip_ranges: Vec<String>,
    pub blocked_ip_ranges: Vec<String>,
}

/// The application's override document as stored (normalised: domains lowercased, ranges
/// canonical); a field left out keeps the global setting.
#[derive(Debug, Object)]
#[oai(rename = "AdminApplicationPolicy", rename_all = "camelCase")]
pub struct PolicyDto {
    #[oai(skip_serializing_if_is_none)]
    pub identifiers: Option<Vec<IdentifierTypeDto>>,
    #[oai(skip_serializing_if_is_none)]
    pub password: Option<bool>,
    #[oai(skip_serializing_if_is_none)]
    pub email_code: Option<bool>,
    #[oai(skip_serializing_if_is_none)]
    pub connectors: Option<Vec<String>>,
    #[oai(skip_serializing_if_is_none)]
    pub registration: Option<RegistrationModeDto>,
    #[oai(skip_serializing_if_is_none)]
    pub two_factor_required: Option<bool>,
    pub branding: BrandingDto,
    pub access: AccessRulesDto,
}

impl From<AppPolicy> for PolicyDto {
    fn from(p: AppPolicy) -> Self {
        let p = PolicyDraft::from(p);
        Self {
            identifiers: p.identifiers.map(|l| l.into_iter().map(Into::into).collect()),
            password: p.password,
            email_code: p.email_code,
            connectors: p.connectors,
            registration: p.registration.map(Into::into),
            two_factor_required: p.two_factor_required,
            branding: p.branding.into(),
            access: AccessRulesDto {
                allowed_email_domains: p.access.allowed_email_domains,
                blocked_email_domains: p.access.blocked_email_domains,
                allowed_ip_ranges: p.access.allowed_ip_ranges,
                blocked_ip_ranges: p.access.blocked_ip_ranges,
            },
        }
    }
}
