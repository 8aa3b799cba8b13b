//! The error codes of each operation of the administration API (`/api/admin`).

use super::{ADMIN, ADMIN_INPUT, ErrorCode::*, RouteErrors, USER_FIELDS, USERNAME, route};

pub(super) const ADMIN_ROUTES: &[RouteErrors] = &[
    route(
        "get",
        "/api/admin/applications",
        ADMIN_INPUT,
        &[&[RequestInvalidCursor]],
    ),
    route(
        "post",
        "/api/admin/applications",
        ADMIN_INPUT,
        &[&[ApplicationInvalidMetadata]],
    ),
    route("get", "/api/admin/applications/{id}", ADMIN, &[&[ApplicationNotFound]]),
    route(
        "patch",
        "/api/admin/applications/{id}",
        ADMIN_INPUT,
        &[&[
            ApplicationNotFound,
            ApplicationConfigDeclared,
            ApplicationInvalidMetadata,
        ]],
    ),
    route(
        "delete",
        "/api/admin/applications/{id}",
        ADMIN,
        &[&[ApplicationNotFound, ApplicationConfigDeclared]],
    ),
    route(
        "post",
        "/api/admin/applications/{id}/secret",
        ADMIN,
        &[&[ApplicationNotFound, ApplicationConfigDeclared, ApplicationPublic]],
    ),
    route(
        "get",
        "/api/admin/applications/{id}/policy",
        ADMIN,
        &[&[ApplicationNotFound]],
    ),
    route(
        "put",
        "/api/admin/applications/{id}/policy",
        ADMIN_INPUT,
        &[&[ApplicationNotFound, ApplicationInvalidPolicy]],
    ),
    route("get", "/api/admin/keys", ADMIN, &[]),
    route("post", "/api/admin/keys/rotate", ADMIN_INPUT, &[]),
    route("get", "/api/admin/settings", ADMIN, &[]),
    route("get", "/api/admin/audit", ADMIN_INPUT, &[&[RequestInvalidCursor]]),
    route("get", "/api/admin/users", ADMIN_INPUT, &[&[RequestInvalidCursor]]),
    route(
        "post",
        "/api/admin/users",
        ADMIN_INPUT,
        &[
            USERNAME,
            USER_FIELDS,
            &[
                UserIdentifierRequired,
                UserWeakPassword,
                ApplicationNotFound,
                ApplicationNoInitiateLoginUri,
            ],
        ],
    ),
    route("get", "/api/admin/users/{id}", ADMIN, &[&[UserNotFound]]),
    route(
        "patch",
        "/api/admin/users/{id}",
        ADMIN_INPUT,
        &[
            USERNAME,
            USER_FIELDS,
            &[
                UserNotFound,
                UserNoEmail,
                UserIdentifierRequired,
                AccountUsernameAlreadySet,
            ],
        ],
    ),
    route("delete", "/api/admin/users/{id}", ADMIN, &[&[UserNotFound]]),
    route(
        "post",
        "/api/admin/users/{id}/lock",
        ADMIN,
        &[&[UserNotFound, UserAlreadyDisabled]],
    ),
    route(
        "post",
        "/api/admin/users/{id}/unlock",
        ADMIN,
        &[&[UserNotFound, UserNotDisabled]],
    ),
    route(
        "post",
        "/api/admin/users/{id}/password-reset",
        ADMIN,
        &[&[UserNotFound, UserNoEmail]],
    ),
    route("delete", "/api/admin/users/{id}/sessions", ADMIN, &[&[UserNotFound]]),
    route("delete", "/api/admin/users/{id}/mfa", ADMIN, &[&[UserNotFound]]),
    route(
        "delete",
        "/api/admin/users/{id}/identities/{identityId}",
        ADMIN,
        &[&[UserNotFound, UserIdentityNotFound]],
    ),
    route("get", "/api/admin/invitations", ADMIN_INPUT, &[&[RequestInvalidCursor]]),
    route(
        "post",
        "/api/admin/invitations",
        ADMIN_INPUT,
        &[&[
            UserInvalidEmail,
            UserEmailTaken,
            ApplicationNotFound,
            ApplicationNoInitiateLoginUri,
        ]],
    ),
    route(
        "post",
        "/api/admin/invitations/{id}/revoke",
        ADMIN,
        &[&[InvitationNotFound, InvitationNotPending]],
    ),
    route(
        "post",
        "/api/admin/invitations/{id}/resend",
        ADMIN,
        &[&[InvitationNotFound, InvitationNotPending]],
    ),
];
