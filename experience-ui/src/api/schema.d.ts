// GENERATED, do not edit: `npm run gen:api` writes this file from ../openapi/openapi.json
// (`npm run check:api` fails when it is stale).

export interface paths {
    "/api/.well-known/sign-in-exp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The sign-in experience
         * @description The effective settings for an application (`appId`), or the defaults.
         */
        get: operations["getSignInExperience"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List applications
         * @description Oldest first, `limit` (1 to 200, default 50) at a time; `name` filters by a prefix of
         *     the name, ignoring case.
         */
        get: operations["adminListApplications"];
        put?: never;
        /** Create an application */
        post: operations["adminCreateApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an application */
        get: operations["adminGetApplication"];
        put?: never;
        post?: never;
        /**
         * Delete an application
         * @description Its refresh tokens and the access tokens of its grants stop working at once.
         */
        delete: operations["adminDeleteApplication"];
        options?: never;
        head?: never;
        /**
         * Change an application
         * @description Applications declared in the configuration file are read-only here.
         */
        patch: operations["adminUpdateApplication"];
        trace?: never;
    };
    "/api/admin/applications/{id}/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an application's sign-in policy
         * @description What the application overrides of the global settings (every field left out keeps
         *     the setting), its branding and its access rules. `GET /api/.well-known/sign-in-exp?appId=`
         *     shows the effective result.
         */
        get: operations["adminGetApplicationPolicy"];
        /**
         * Replace an application's sign-in policy
         * @description The whole document: a field left out returns to the global setting. Applications
         *     declared in the configuration file may have one too. Applies to interactions at once.
         */
        put: operations["adminPutApplicationPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/applications/{id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give an application a new secret
         * @description Shown once; the previous secret stops working at once.
         */
        post: operations["adminRotateApplicationSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the audit log
         * @description Oldest first from `since` (or the oldest kept), `limit` (1 to 200, default 50) at a time.
         *     `user` and `type` filter; events older than `audit.retention` are gone.
         */
        get: operations["adminListAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invitations
         * @description Oldest first, `limit` (1 to 200, default 50) at a time; `status` keeps those in it.
         */
        get: operations["adminListInvitations"];
        put?: never;
        /**
         * Invite someone to register
         * @description The link goes to the address by email, never in the answer. A pending invitation of the
         *     address is replaced.
         */
        post: operations["adminCreateInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/invitations/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an invitation again
         * @description Only a pending one: a new code replaces the old one (whose link stops working) and is
         *     emailed; the expiry stays.
         */
        post: operations["adminResendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/invitations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an invitation
         * @description Only a pending one: its link stops working.
         */
        post: operations["adminRevokeInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the signing keys */
        get: operations["adminListKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing key of an algorithm
         * @description The new key is published now and signs after `oidc.key_activation_delay`; the keys it
         *     replaces stay published until what they signed has expired.
         */
        post: operations["adminRotateKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the effective settings
         * @description Every setting after defaults, the file and the environment; secrets are `********` when
         *     set and `null` when not.
         */
        get: operations["adminGetSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List or search users
         * @description Oldest first, `limit` (1 to 200, default 50) at a time; `q` keeps the accounts whose
         *     username, email address or name starts with it, ignoring case.
         */
        get: operations["adminListUsers"];
        put?: never;
        /** Create a user, or invite one */
        post: operations["adminCreateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["adminGetUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description The account and everything that is its, as when its owner deletes it; its identifiers
         *     become free.
         */
        delete: operations["adminDeleteUser"];
        options?: never;
        head?: never;
        /** Change a user's profile */
        patch: operations["adminUpdateUser"];
        trace?: never;
    };
    "/api/admin/users/{id}/identities/{identityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unlink an external identity
         * @description The account's sessions and tokens end. Its last way to sign in may go: a password
         *     reset then gives it one.
         */
        delete: operations["adminUnlinkUserIdentity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lock a user
         * @description The account can no longer sign in, and its sessions and tokens end now.
         */
        post: operations["adminLockUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a user's second factors
         * @description Authenticator apps, email codes, backup codes and remembered browsers go, and the
         *     account's sessions and tokens end (as `gatehouse user mfa reset`).
         */
        delete: operations["adminResetUserMfa"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Require a new password
         * @description Ends the account's sessions and tokens (a new security stamp) and emails the user that
         *     an administrator requires a new password, to be chosen through "Forgot password?" on
         *     the sign-in page (a code sent to the address). The current password is not removed.
         */
        post: operations["adminRequirePasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Sign a user out everywhere
         * @description Every session, grant and token of the account ends.
         */
        delete: operations["adminEndUserSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock a user
         * @description The account may sign in again; its old sessions and tokens stay ended.
         */
        post: operations["adminUnlockUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Start the interaction
         * @description Sets the event and forgets any earlier verification. `Register` needs a solved
         *     `captchaToken` when the sign-in experience says `signUp.captcha`.
         */
        put: operations["startInteraction"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/captcha": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A captcha challenge
         * @description For `PUT /api/experience` with `Register` when the sign-in experience says
         *     `signUp.captcha`. ALTCHA-compatible; valid 10 minutes, its solution accepted once.
         */
        get: operations["getCaptcha"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Allow the application
         * @description The identified user grants the requested scopes to a third-party application.
         */
        post: operations["allowConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/consent/deny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deny the application
         * @description Ends the interaction; navigate to `redirectTo`, where the application hears `access_denied`.
         */
        post: operations["denyConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/identification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Identify the user
         * @description The user a verification proved becomes the interaction's user. A user with two-factor
         *     authentication on gets the `mfa` step next, unless this browser is remembered for them.
         */
        post: operations["identify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/interaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the interaction stands
         * @description `nextSteps` lists what the UI must do next, the first one now.
         */
        get: operations["getInteraction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/interaction-event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Switch the interaction event
         * @description Keeps the verifications already made.
         */
        put: operations["changeInteractionEvent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/invitation/login-initiation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Where an invitation link starts a sign-in
         * @description For a link opened with no interaction under way: the login initiation endpoint of the
         *     application the invitation names (OpenID Connect Core, section 4), which starts an
         *     authorization request; keep the code and redeem it in the `Register` interaction that
         *     follows. Does not use the invitation up; `invitation.no_application` when it names no
         *     application that has such an endpoint. Limited per client, like redeeming.
         */
        post: operations["invitationLoginInitiation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a registration field
         * @description In a `Register` interaction, in any order: the username (checked against existing
         *     accounts now and again at submit), an email proved by a verified code, the password
         *     (checked against the password policy; `user.weak_password` lists every broken rule in
         *     `details.rules` and the policy in `details.policy`). A field given is kept until given
         *     again; a username or address that the password given earlier contains is refused
         *     (`session.identifier_in_password`) and changes nothing. The account is created at submit.
         */
        post: operations["setProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/profile/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add the confirmed app
         * @description At the `enrollMfa` step, with the `verificationId` whose code was confirmed. Answers the
         *     backup codes, shown once. Other sessions of the account end.
         */
        post: operations["enrollMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/profile/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the new password of a reset
         * @description In a `ForgotPassword` interaction, once identified. Checked against the password policy
         *     (`user.weak_password` lists every broken rule in `details.rules`); set at submit.
         */
        put: operations["resetPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/remember-browser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Remember this browser
         * @description At the `mfa` step, before the code: once the sign-in completes, an HttpOnly cookie lets
         *     this user (and only this user) skip the second factor in this browser for
         *     `two_factor.remember_browser_lifetime`. A new password or factor forgets it.
         */
        put: operations["setRememberBrowser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/remember-me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Remember me
         * @description Whether the session this sign-in starts survives the browser closing (only when
         *     `sign_in.rememberMe` of the sign-in experience is on).
         */
        put: operations["setRememberMe"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the interaction
         * @description Navigate the browser to `redirectTo` to finish the sign-in.
         */
        post: operations["submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/verification/backup-code/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a backup code
         * @description Uses the code up; `remaining` says how many are left.
         */
        post: operations["verifyBackupCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/verification/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem an invitation
         * @description In a `Register` interaction. Identify with the returned `verificationId`: the new account
         *     takes the invited contact's id, address (confirmed) and name.
         */
        post: operations["redeemInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/verification/mfa-email-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a sign-in code
         * @description To the user's confirmed address (the `mfa` step's `maskedEmail`): 6 digits, valid 10
         *     minutes, replaced by a newer one, under the limits of every other code.
         */
        post: operations["sendMfaEmailCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/verification/mfa-email-code/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a mailed sign-in code
         * @description Five wrong tries kill the code; wrong codes also count toward lockout.
         */
        post: operations["verifyMfaEmailCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/verification/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a password
         * @description An unknown identifier and a wrong password both answer `session.invalid_credentials`.
         */
        post: operations["verifyPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/verification/social/{connectorId}/authorization-uri": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a sign-in with an external provider
         * @description Stores the request (its `state`, a `nonce` and a PKCE verifier) with this interaction
         *     and returns where to send the browser. The provider comes back to `redirectUri` with the
         *     query to give to `.../verify`.
         */
        post: operations["createSocialAuthorizationUri"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/verification/social/{connectorId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify the provider's answer
         * @description Checks `state`, exchanges the code, checks the ID token (signature, issuer, audience,
         *     expiry, nonce) and reads the user. A known identity is then identified as usual; an
         *     unknown one gives the `identityNotLinked` step. Each request is verified once.
         */
        post: operations["verifySocial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/verification/totp/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new authenticator-app secret
         * @description At the `enrollMfa` step.
         */
        post: operations["createSignInTotpSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/verification/totp/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify an authenticator-app code
         * @description At the `mfa` step: a code of the user's app (each 30-second code is accepted once,
         *     whichever instance sees it first). At the `enrollMfa` step, with the `verificationId` of
         *     a new secret: its first code confirms the app. Wrong codes count toward lockout.
         */
        post: operations["verifyTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/verification/verification-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a one-time code
         * @description Sends 6 digits to the address, valid 10 minutes, for this interaction's event
         *     (`Register`, `ForgotPassword`, or `SignIn` when the sign-in experience says
         *     `signIn.emailCode`: only an account's confirmed address gets it); a newer code replaces
         *     it. The answer is the same whether or not the address has an account. Limited per address (one a minute, five an
         *     hour) and per client: `rate_limit.exceeded` with `Retry-After`.
         */
        post: operations["sendVerificationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experience/verification/verification-code/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a one-time code
         * @description Five wrong tries kill the code. Then identify with the same `verificationId`. A wrong
         *     sign-in code counts toward the address's lockout, as a wrong password does.
         */
        post: operations["verifyCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        /**
         * Delete the account
         * @description Ends every session and token and removes the account's personal data. Needs a
         *     verification.
         */
        delete: operations["deleteAccount"];
        options?: never;
        head?: never;
        /** Change the name or the language */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/api/my-account/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications with access */
        get: operations["listApps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/apps/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw an application's access
         * @description Forgets the consent and ends every token the application holds for this account.
         */
        delete: operations["withdrawApp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the email address
         * @description Needs a verification. Sends a code to the new address; the address changes when the
         *     code comes back (`POST /api/my-account/email/verify`).
         */
        post: operations["changeEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/email/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a confirmation code to the unconfirmed address */
        post: operations["sendEmailConfirmation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/email/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an address with its code
         * @description The code of a change (the new address replaces the old one, which gets a notice) or of
         *     a confirmation.
         */
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Linked identities
         * @description The account's external identities, whether each may be unlinked now, and the
         *     providers it may link identities of.
         */
        get: operations["listIdentities"];
        put?: never;
        /**
         * Link an identity
         * @description Needs a verification. Checks the provider's answer (as at sign-in) and links the
         *     identity it proves, unless an account has it already. Signs out every other session.
         */
        post: operations["linkIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/identities/social/{connectorId}/authorization-uri": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start linking an identity
         * @description Stores the request with this account and returns where to send the browser; the
         *     provider comes back to `redirectUri` with the query to give to
         *     `POST /api/my-account/identities`.
         */
        post: operations["createIdentityAuthorizationUri"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/identities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unlink an identity
         * @description Needs a verification. Refused while it is the account's last way to sign in. Signs
         *     out every other session.
         */
        delete: operations["unlinkIdentity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Two-factor settings
         * @description The factors on, what the server offers, the backup codes left and the remembered
         *     browsers.
         */
        get: operations["getMfa"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/mfa/backup-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New backup codes
         * @description Needs a verification and a factor. The old codes stop working. Signs out every other
         *     session.
         */
        post: operations["regenerateBackupCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/mfa/email-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Turn codes by email on or off
         * @description Needs a verification, and a confirmed address to turn them on. With no factor left,
         *     the backup codes go too. Signs out every other session.
         */
        put: operations["setEmailCodeMfa"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/mfa/remembered-browsers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Forget every remembered browser
         * @description Each asks for the second step again at its next sign-in.
         */
        delete: operations["forgetRememberedBrowsers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/mfa/remembered-browsers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Forget one remembered browser */
        delete: operations["forgetRememberedBrowser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/mfa/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add the authenticator app
         * @description Needs a verification. The first code of the secret adds the app; the account's first
         *     factor also brings its backup codes, shown once. Signs out every other session.
         */
        post: operations["enrollTotp"];
        /**
         * Remove the authenticator app
         * @description Needs a verification. With no factor left, the backup codes go too. Signs out every
         *     other session.
         */
        delete: operations["removeTotp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/mfa/totp/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A secret for an authenticator app
         * @description Needs a verification. The app is added when its first code comes back
         *     (`POST /api/my-account/mfa/totp`).
         */
        post: operations["createTotpSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change or set the password
         * @description Needs a verification. Signs out every other session and ends every other grant's
         *     tokens; the calling session and token go on.
         */
        put: operations["setPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the account is signed in */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        /** Sign out every other session */
        delete: operations["endOtherSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Sign out one session
         * @description The applications signed in there lose their tokens.
         */
        delete: operations["endSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/username": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the username, once
         * @description Only for an account that has none; a username is never changed.
         */
        post: operations["setUsername"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/verifications/email-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a code to the confirmed address */
        post: operations["sendAccountVerificationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/verifications/email-code/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify with the code */
        post: operations["verifyAccountVerificationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/verifications/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify with the password
         * @description Wrong passwords count toward lockout, as at sign-in.
         */
        post: operations["verifyAccountPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/verifications/social": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify with a linked identity
         * @description The provider's answer, checked as at sign-in, must prove an identity linked to this
         *     account.
         */
        post: operations["verifyAccountSocial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-account/verifications/social/{connectorId}/authorization-uri": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a verification with a linked identity
         * @description For an account without a password or confirmed address. The provider comes back to
         *     `redirectUri` with the query to give to `POST /api/my-account/verifications/social`.
         */
        post: operations["createVerificationAuthorizationUri"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Account */
        Account: {
            canChange: components["schemas"]["AccountChangeable"];
            /** Format: date-time */
            createdAt: string;
            email?: string;
            emailVerified: boolean;
            /**
             * @description False for an account created by invitation or through an external identity: it may
             *     set one.
             */
            hasPassword: boolean;
            id: string;
            locale?: string;
            name?: string;
            username?: string;
        };
        /** AccountApp */
        AccountApp: {
            clientId: string;
            /** @description The application making this call. */
            current: boolean;
            firstParty: boolean;
            name: string;
            /** @description The origins of its redirect URIs: a "back to the application" link may lead there only. */
            origins: string[];
            scopes: string[];
            /**
             * Format: date-time
             * @description When the user consented, or first signed in to it.
             */
            since: string;
        };
        /** AccountBackupCodes */
        AccountBackupCodes: {
            /** @description Shown once; each works once. */
            backupCodes: string[];
        };
        /**
         * AccountChangeable
         * @description What the user may change now.
         */
        AccountChangeable: {
            delete: boolean;
            email: boolean;
            locale: boolean;
            name: boolean;
            password: boolean;
            /** @description True only while the account has no username: it is set once. */
            username: boolean;
        };
        /** AccountCodeRequest */
        AccountCodeRequest: {
            code: string;
            verificationId: string;
        };
        /**
         * AccountConnector
         * @description A provider an identity may be linked from.
         */
        AccountConnector: {
            id: string;
            logoUrl?: string;
            name: string;
        };
        /** AccountEmailCodeMfaRequest */
        AccountEmailCodeMfaRequest: {
            enabled: boolean;
        };
        /** AccountEmailRequest */
        AccountEmailRequest: {
            email: string;
        };
        /** AccountIdentities */
        AccountIdentities: {
            /**
             * @description The providers this server offers (empty while `sign_in.external` is off); an account
             *     may link several identities of one provider.
             */
            connectors: components["schemas"]["AccountConnector"][];
            identities: components["schemas"]["AccountIdentity"][];
        };
        /**
         * AccountIdentity
         * @description An external identity that signs the account in.
         */
        AccountIdentity: {
            /**
             * @description False while it is the account's last way to sign in (no password, no other identity
             *     of a provider the server has).
             */
            canUnlink: boolean;
            connectorId: string;
            /** @description The provider's name; its id when the server no longer has the provider. */
            connectorName: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description The address the provider verified, as of the last sign-in with it (none if it did
             *     not verify one): for recognising the identity only.
             */
            email?: string;
            id: string;
            /** Format: date-time */
            lastUsedAt?: string;
            name?: string;
        };
        /** AccountMfa */
        AccountMfa: {
            /** @description The factors this server offers, whether or not the account has them on. */
            available: components["schemas"]["AccountMfaFactorType"][];
            /** Format: uint64 */
            backupCodesRemaining: number;
            /**
             * @description Two-factor authentication is offered (`two_factor.enabled`); when false, nothing here
             *     can be changed.
             */
            enabled: boolean;
            factors: components["schemas"]["AccountMfaFactor"][];
            rememberedBrowsers: components["schemas"]["AccountRememberedBrowser"][];
            /** @description Every account must have a factor: one is set up at the next sign-in. */
            required: boolean;
        };
        /** AccountMfaFactor */
        AccountMfaFactor: {
            /** Format: date-time */
            createdAt: string;
            type: components["schemas"]["AccountMfaFactorType"];
        };
        /**
         * @description A factor the user turns on; backup codes come with them.
         * @enum {string}
         */
        AccountMfaFactorType: "totp" | "emailCode";
        /** AccountPasswordRequest */
        AccountPasswordRequest: {
            password: string;
        };
        /**
         * AccountRememberedBrowser
         * @description A browser that skips the second step for this account until it expires.
         */
        AccountRememberedBrowser: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            id: string;
            /** @description The browser's `User-Agent` when it was remembered, cut at 256 characters. */
            userAgent?: string;
        };
        /** AccountRememberedBrowsersForgotten */
        AccountRememberedBrowsersForgotten: {
            /** Format: uint64 */
            ended: number;
        };
        /** AccountSession */
        AccountSession: {
            /** Format: date-time */
            createdAt: string;
            /** @description The session of the token making this call. */
            current: boolean;
            id: string;
            ip?: string;
            /** Format: date-time */
            lastUsedAt: string;
            /** @description The browser's `User-Agent` when it signed in, cut at 256 characters. */
            userAgent?: string;
        };
        /** AccountSessionsEnded */
        AccountSessionsEnded: {
            /** Format: uint64 */
            ended: number;
        };
        /** AccountSocialAuthorizationUri */
        AccountSocialAuthorizationUri: {
            /** @description Send the browser here. */
            authorizationUri: string;
            /**
             * @description Give it back with the callback's query: it serves only the call it was made for
             *     (linking, or verifying), once, within 10 minutes.
             */
            verificationId: string;
        };
        /** AccountSocialAuthorizationUriRequest */
        AccountSocialAuthorizationUriRequest: {
            /**
             * @description Where the provider sends the browser back: `{public_url}/callback/{connectorId}` or a
             *     page on an origin of `experience.allowed_origins`.
             */
            redirectUri: string;
            /**
             * @description Sent to the provider and back; the UI keeps it to check the callback, and the server
             *     checks it too. At least 16 characters of randomness.
             */
            state: string;
        };
        /**
         * AccountSocialRequest
         * @description The provider's answer to a request made by one of the `.../authorization-uri` calls.
         */
        AccountSocialRequest: {
            /**
             * @description The query the provider sent to the redirect URI, as it came: `code` and `state`, or
             *     `error` (and `state`).
             */
            connectorData: {
                [key: string]: string;
            };
            connectorId: string;
            /** @description The `verificationId` of the authorization URI. */
            verificationId: string;
        };
        /** AccountTotpAdded */
        AccountTotpAdded: {
            /** @description The account's first backup codes, shown once: only when the app is its first factor. */
            backupCodes?: string[];
        };
        /** AccountTotpRequest */
        AccountTotpRequest: {
            /** @description The app's current code. */
            code: string;
            /** @description The `verificationId` of the secret. */
            verificationId: string;
        };
        /**
         * AccountTotpSecret
         * @description A secret for an authenticator app: shown once, added when its first code comes back
         *     (within 10 minutes, 5 tries).
         */
        AccountTotpSecret: {
            otpauthUri: string;
            /** @description The URI as an SVG QR code, a `data:` URL. */
            qr: string;
            /** @description Base32, for typing into the app. */
            secret: string;
            /** @description Names this set-up in `POST /api/my-account/mfa/totp`. */
            verificationId: string;
        };
        /**
         * AccountUpdateRequest
         * @description A field left out is unchanged; an empty string clears it.
         */
        AccountUpdateRequest: {
            /** @description A language tag (`fr`, `en-GB`). */
            locale?: string;
            /** @description Printable; trimmed. */
            name?: string;
        };
        /** AccountUsernameRequest */
        AccountUsernameRequest: {
            username: string;
        };
        /**
         * AccountVerification
         * @description A verification handed out. A code's record holds until the code expires; a proof of
         *     identity (a right password or code) for 10 minutes.
         */
        AccountVerification: {
            /** Format: date-time */
            expiresAt: string;
            verificationId: string;
        };
        /** AdminAccessRules */
        AdminAccessRules: {
            allowedEmailDomains: string[];
            allowedIpRanges: string[];
            blockedEmailDomains: string[];
            blockedIpRanges: string[];
        };
        /**
         * AdminAccessRulesRequest
         * @description Who may sign in or register through the application. A refusal wins; a non-empty allow
         *     list refuses whatever it does not name. A domain also covers its subdomains.
         */
        AdminAccessRulesRequest: {
            allowedEmailDomains?: string[];
            /** @description Addresses or CIDR ranges (`10.0.0.0/8`, `2001:db8::/32`). */
            allowedIpRanges?: string[];
            blockedEmailDomains?: string[];
            blockedIpRanges?: string[];
        };
        /**
         * AdminApplication
         * @description An OAuth/OIDC client (relying party).
         */
        AdminApplication: {
            admin: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @description Users are not asked for consent. */
            firstParty: boolean;
            grantTypes: string[];
            id: string;
            /** @description `ES256` or `RS256`. */
            idTokenAlg: string;
            initiateLoginUri?: string;
            name: string;
            postLogoutRedirectUris: string[];
            /** @description No secret: a single-page or native app, PKCE required. */
            public: boolean;
            /** @description True for an application declared in the configuration file. */
            readOnly: boolean;
            redirectUris: string[];
            resourceServer: boolean;
            scopes: string[];
            /** @description `config` (declared in the configuration file: read-only here), `cli` or `api`. */
            source: string;
        };
        /**
         * AdminApplicationCreate
         * @description A new application. Left out: `redirectUris` and `postLogoutRedirectUris` empty, `public`
         *     false, `grantTypes` `authorization_code` and `refresh_token` with a redirect URI, and
         *     `client_credentials` for an admin application, every user scope, `firstParty` true,
         *     `idTokenAlg` `ES256`, the flags false.
         */
        AdminApplicationCreate: {
            admin?: boolean;
            firstParty?: boolean;
            grantTypes?: string[];
            idTokenAlg?: string;
            initiateLoginUri?: string;
            name: string;
            postLogoutRedirectUris?: string[];
            public?: boolean;
            redirectUris?: string[];
            resourceServer?: boolean;
            scopes?: string[];
        };
        /** AdminApplicationCreated */
        AdminApplicationCreated: {
            application: components["schemas"]["AdminApplication"];
            /** @description Shown once, for a confidential application; only its hash is kept. */
            clientSecret?: string;
        };
        /** AdminApplicationPage */
        AdminApplicationPage: {
            items: components["schemas"]["AdminApplication"][];
            /** @description Pass as `cursor` for the next page; absent on the last page. */
            nextCursor?: string;
        };
        /**
         * AdminApplicationPolicy
         * @description The application's override document as stored (normalised: domains lowercased, ranges
         *     canonical); a field left out keeps the global setting.
         */
        AdminApplicationPolicy: {
            access: components["schemas"]["AdminAccessRules"];
            branding: components["schemas"]["Branding"];
            connectors?: string[];
            emailCode?: boolean;
            identifiers?: components["schemas"]["IdentifierType"][];
            password?: boolean;
            registration?: components["schemas"]["RegistrationMode"];
            twoFactorRequired?: boolean;
        };
        /** AdminApplicationPolicyRequest */
        AdminApplicationPolicyRequest: {
            access?: components["schemas"]["AdminAccessRulesRequest"];
            branding?: components["schemas"]["AdminBrandingRequest"];
            /** @description The configured connectors this application offers. */
            connectors?: string[];
            /** @description Passwordless sign-in by a one-time code sent to a confirmed email. */
            emailCode?: boolean;
            /** @description What sign-in by password asks for; the first is what a new account must have. */
            identifiers?: components["schemas"]["IdentifierType"][];
            /** @description Sign-in by password. */
            password?: boolean;
            registration?: components["schemas"]["RegistrationMode"];
            twoFactorRequired?: boolean;
        };
        /** AdminApplicationSecret */
        AdminApplicationSecret: {
            /** @description Shown once; the previous secret no longer works. */
            clientSecret: string;
        };
        /**
         * AdminApplicationUpdate
         * @description A change: fields left out stay as they are; `initiateLoginUri: ""` removes it.
         */
        AdminApplicationUpdate: {
            admin?: boolean;
            firstParty?: boolean;
            grantTypes?: string[];
            idTokenAlg?: string;
            initiateLoginUri?: string;
            name?: string;
            postLogoutRedirectUris?: string[];
            redirectUris?: string[];
            resourceServer?: boolean;
            scopes?: string[];
        };
        /**
         * AdminAuditEvent
         * @description Something security-relevant that happened.
         */
        AdminAuditEvent: {
            /** @description The application, or for `admin.*` the admin client that acted. */
            clientId?: string;
            /** @description Ids, method names, reason codes: never a secret, a code or a password. */
            details: unknown;
            id: string;
            /** @description The client's address, per `trusted_proxies`. */
            ip?: string;
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description `sign_in.succeeded`, `sign_in.failed`, `lockout`, `registration`, `password.changed`,
             *     `password.reset`, `email.changed`, `mfa.enrolled`, `mfa.removed`,
             *     `backup_codes.regenerated`, `identity.linked`, `identity.unlinked`, `consent.granted`,
             *     `consent.withdrawn`, `token.revoked`, `account.deleted`, or `admin.<action>`.
             */
            type: string;
            userAgent?: string;
            userId?: string;
        };
        /** AdminAuditPage */
        AdminAuditPage: {
            items: components["schemas"]["AdminAuditEvent"][];
            /**
             * @description Pass as `cursor` for the next page; absent on the last page (new events may follow
             *     later: keep the last cursor to read them).
             */
            nextCursor?: string;
        };
        /** AdminBrandingRequest */
        AdminBrandingRequest: {
            displayName?: string;
            /** @description `https:` or `data:image/…` (at most 32 KiB). */
            logoUrl?: string;
            /** @description `#rrggbb`. */
            primaryColor?: string;
            privacyUrl?: string;
            termsUrl?: string;
        };
        /**
         * AdminInvitation
         * @description An invitation to register.
         */
        AdminInvitation: {
            /** @description The application the invitee joins. */
            applicationId?: string;
            /** Format: date-time */
            createdAt: string;
            email: string;
            /**
             * @description Whether the email went out, on creation and resending only: when false, the
             *     invitation exists and resending tries again.
             */
            emailSent?: boolean;
            /** Format: date-time */
            expiresAt: string;
            id: string;
            locale?: string;
            name?: string;
            status: components["schemas"]["AdminInvitationStatus"];
            /** @description The id the account takes once registered. */
            userId: string;
        };
        /**
         * AdminInvitationCreate
         * @description A new invitation, emailed at once. `expiresIn` is in seconds, 7 days when left out; a new
         *     invitation for an address replaces its pending one.
         */
        AdminInvitationCreate: {
            /** @description The application the invitee joins; it needs an `initiateLoginUri`. */
            applicationId?: string;
            email: string;
            /** Format: uint64 */
            expiresIn?: number;
            /** @description The language of the email: `en` or `fr`. */
            locale?: string;
            name?: string;
        };
        /** AdminInvitationPage */
        AdminInvitationPage: {
            items: components["schemas"]["AdminInvitation"][];
            /** @description Pass as `cursor` for the next page; absent on the last page. */
            nextCursor?: string;
        };
        /**
         * @description Where an invitation stands.
         * @enum {string}
         */
        AdminInvitationStatus: "pending" | "used" | "revoked" | "expired";
        /**
         * AdminKey
         * @description A signing key.
         */
        AdminKey: {
            /** Format: date-time */
            activatedAt: string;
            /** @description `ES256` or `RS256`. */
            alg: string;
            kid: string;
            /** Format: date-time */
            retiredAt?: string;
            /** @description `published` (not signing yet), `signing`, `retiring` (still verifies) or `retired`. */
            state: string;
        };
        /** AdminKeyList */
        AdminKeyList: {
            /** @description Newest first. */
            items: components["schemas"]["AdminKey"][];
        };
        /** AdminKeyRotate */
        AdminKeyRotate: {
            /** @description `ES256` (left out) or `RS256`. */
            alg?: string;
        };
        /** AdminKeyRotation */
        AdminKeyRotation: {
            /**
             * Format: date-time
             * @description When the new key starts signing (`oidc.key_activation_delay` from now).
             */
            activatedAt: string;
            kid: string;
            /**
             * Format: uint64
             * @description How many keys it replaces.
             */
            retired: number;
        };
        /**
         * AdminLinkedIdentity
         * @description An external identity that signs the account in.
         */
        AdminLinkedIdentity: {
            connectorId: string;
            id: string;
            /** Format: date-time */
            linkedAt: string;
            /** @description The provider's id of the person. */
            subject?: string;
        };
        /**
         * AdminUser
         * @description An account.
         */
        AdminUser: {
            /** Format: date-time */
            createdAt: string;
            /** @description Locked by an administrator: it cannot sign in. */
            disabled: boolean;
            /** Format: date-time */
            disabledAt?: string;
            email?: string;
            emailVerified: boolean;
            hasPassword: boolean;
            id: string;
            locale?: string;
            name?: string;
            /** Format: date-time */
            updatedAt: string;
            username?: string;
        };
        /**
         * AdminUserCreate
         * @description A new account: a username, an email address or both. Without a password it signs in by a
         *     linked identity or after a password reset. With `sendInvitation`, the address is invited to
         *     register instead (no username nor password then: the invitee chooses them), to
         *     `applicationId` when given. `emailVerified` is true when left out: an administrator vouches
         *     for the address.
         */
        AdminUserCreate: {
            applicationId?: string;
            email?: string;
            emailVerified?: boolean;
            locale?: string;
            name?: string;
            password?: string;
            sendInvitation?: boolean;
            username?: string;
        };
        /**
         * AdminUserDetail
         * @description An account with how it signs in.
         */
        AdminUserDetail: {
            /** Format: date-time */
            createdAt: string;
            /** @description Locked by an administrator: it cannot sign in. */
            disabled: boolean;
            /** Format: date-time */
            disabledAt?: string;
            email?: string;
            emailVerified: boolean;
            hasPassword: boolean;
            id: string;
            identities: components["schemas"]["AdminLinkedIdentity"][];
            locale?: string;
            name?: string;
            /** @description The kinds of second factor enrolled: `totp`, `email`. */
            secondFactors: string[];
            /** Format: date-time */
            updatedAt: string;
            username?: string;
        };
        /** AdminUserPage */
        AdminUserPage: {
            items: components["schemas"]["AdminUser"][];
            /** @description Pass as `cursor` for the next page; absent on the last page. */
            nextCursor?: string;
        };
        /**
         * AdminUserUpdate
         * @description A change: fields left out stay as they are; `""` clears `name`, `locale` or `email`. An
         *     address set here counts as confirmed unless `emailVerified` is false; `emailVerified`
         *     alone marks the current address. `username` only for an account that has none.
         */
        AdminUserUpdate: {
            email?: string;
            emailVerified?: boolean;
            locale?: string;
            name?: string;
            username?: string;
        };
        /** Application */
        Application: {
            clientId: string;
            name: string;
        };
        /** BackupCodeVerified */
        BackupCodeVerified: {
            /**
             * Format: uint64
             * @description The unused backup codes left: tell the user, and suggest new ones when few remain.
             */
            remaining: number;
            verificationId: string;
        };
        /** BackupCodeVerifyRequest */
        BackupCodeVerifyRequest: {
            /** @description One of the backup codes (case, spaces and dashes do not matter). */
            code: string;
        };
        /** BackupCodes */
        BackupCodes: {
            /** @description Shown once: the user keeps them somewhere safe. Empty when backup codes are not offered. */
            backupCodes: string[];
        };
        /**
         * Branding
         * @description How the application presents itself on the sign-in pages; every field optional.
         */
        Branding: {
            displayName?: string;
            /** @description An `https:` or `data:image/…` URL. */
            logoUrl?: string;
            /** @description `#rrggbb`. */
            primaryColor?: string;
            privacyUrl?: string;
            termsUrl?: string;
        };
        /**
         * CaptchaChallenge
         * @description An ALTCHA challenge: find `number` in `0..=maxnumber` with
         *     `hex(SHA-256(salt + number)) == challenge`, then send
         *     `base64(JSON {algorithm, challenge, number, salt, signature})` as `captchaToken`.
         */
        CaptchaChallenge: {
            algorithm: string;
            challenge: string;
            /** Format: uint32 */
            maxnumber: number;
            salt: string;
            signature: string;
        };
        /** ConsentStep */
        ConsentStep: {
            application: components["schemas"]["Application"];
            /** @description The scopes the application asks for; show them in plain words. */
            scopes: string[];
        };
        /**
         * EmailIdentifier
         * @description The address a code goes to.
         */
        EmailIdentifier: {
            type: components["schemas"]["EmailIdentifierType"];
            value: string;
        };
        /**
         * @description Codes go to email addresses only.
         * @enum {string}
         */
        EmailIdentifierType: "email";
        /**
         * EmailProfileRequest
         * @description An address proved by a verified code of this interaction.
         */
        EmailProfileRequest: {
            verificationId: string;
        };
        /**
         * EnrollMfaStep
         * @description Two-factor authentication is required and the user has none: set up an authenticator app
         *     (`POST /api/experience/verification/totp/secret`, confirm a code, then
         *     `POST /api/experience/profile/mfa`) before submit.
         */
        EnrollMfaStep: {
            factors: components["schemas"]["MfaEnrollFactor"][];
        };
        /** ErrorBody */
        ErrorBody: {
            code: components["schemas"]["ErrorCode"];
            details?: unknown;
            /** @description For developers, in English. */
            message: string;
        };
        /**
         * @description Every code the API answers; each operation's responses list the ones it may answer, and openapi/error-codes.md what each means.
         * @enum {string}
         */
        ErrorCode: "request.invalid_body" | "request.unsupported_media_type" | "request.forbidden_origin" | "request.payload_too_large" | "request.not_found" | "request.method_not_allowed" | "request.timeout" | "session.not_found" | "session.event_not_set" | "session.event_not_supported" | "session.sign_in_method_disabled" | "session.invalid_credentials" | "session.verification_not_found" | "session.not_identified" | "session.consent_required" | "session.remember_me_disabled" | "session.registration_disabled" | "session.registration_invitation_only" | "session.access_denied" | "session.email_domain_not_allowed" | "session.profile_incomplete" | "session.identifier_in_password" | "session.invitation_email_mismatch" | "session.password_reset_disabled" | "session.user_disabled" | "session.password_required" | "session.identity_not_linked" | "session.identity_already_linked" | "session.link_not_possible" | "social.disabled" | "social.connector_not_found" | "social.invalid_redirect_uri" | "social.request_not_found" | "social.state_mismatch" | "social.authorization_denied" | "social.upstream_unavailable" | "social.invalid_response" | "social.invalid_id_token" | "user.invalid_username" | "user.username_invisible_characters" | "user.username_mixed_script" | "user.invalid_email" | "user.email_taken" | "verification_code.mismatch" | "verification_code.expired" | "verification_code.too_many_attempts" | "verification_code.superseded" | "verification_code.used" | "invitation.disabled" | "invitation.not_found" | "invitation.expired" | "invitation.revoked" | "invitation.used" | "invitation.no_application" | "captcha.required" | "captcha.invalid" | "captcha.expired" | "captcha.used" | "rate_limit.exceeded" | "user.username_taken" | "user.weak_password" | "application.not_found" | "account.disabled" | "account.invalid_token" | "account.insufficient_scope" | "account.third_party_client" | "account.verification_required" | "account.verification_not_found" | "account.invalid_password" | "account.no_password" | "account.no_confirmed_email" | "account.no_email" | "account.email_already_verified" | "account.email_unchanged" | "account.username_already_set" | "account.field_not_editable" | "account.invalid_locale" | "account.invalid_name" | "account.delete_disabled" | "account.session_not_found" | "account.current_session" | "account.identity_not_found" | "account.identity_already_linked" | "account.identity_not_linked" | "account.last_sign_in_method" | "session.mfa_required" | "session.mfa_enrollment_required" | "session.mfa_expired" | "mfa.invalid_code" | "mfa.not_available" | "mfa.disabled" | "mfa.not_enrolled" | "mfa.already_enrolled" | "mfa.remember_browser_disabled" | "mfa.browser_not_found" | "admin.invalid_token" | "admin.insufficient_scope" | "request.invalid_cursor" | "application.config_declared" | "application.public" | "application.invalid_metadata" | "user.not_found" | "user.already_disabled" | "user.not_disabled" | "user.no_email" | "user.identifier_required" | "user.identity_not_found" | "invitation.not_pending" | "application.no_initiate_login_uri" | "application.invalid_policy" | "internal.server_error";
        /** IdentificationRequest */
        IdentificationRequest: {
            /**
             * @description A social verification (`identityNotLinked`) to link to the account a password
             *     verification proves; linked at submit, after any second factor.
             */
            linkVerificationId?: string;
            verificationId: string;
        };
        /** Identifier */
        Identifier: {
            type: components["schemas"]["IdentifierType"];
            value: string;
        };
        /** @enum {string} */
        IdentifierType: "username" | "email";
        /** IdentifyStep */
        IdentifyStep: {
            /**
             * @description An external identity no account has yet, from earlier in this interaction: pass it as
             *     `linkVerificationId` to link it to the account this verification proves.
             */
            linkVerificationId?: string;
            verificationId: string;
        };
        /**
         * IdentityNotLinkedStep
         * @description An external provider proved an identity that no account has. Register with it
         *     (`PUT /api/experience/interaction-event` `Register`, then identify with `verificationId`),
         *     or link it: verify the password of the existing account, then identify with that
         *     verification and `linkVerificationId` set to this `verificationId`.
         */
        IdentityNotLinkedStep: {
            connectorId: string;
            /** @description The address the provider verified, if any; an unverified one is never shown or used. */
            email?: string;
            /** @description Linking to an account proved by its password is possible here. */
            link: boolean;
            name?: string;
            /** @description Registration is possible here. */
            register: boolean;
            verificationId: string;
        };
        /**
         * Interaction
         * @description Where the interaction stands and what comes next.
         */
        Interaction: {
            application: components["schemas"]["Application"];
            identified: boolean;
            interactionEvent?: components["schemas"]["InteractionEvent"];
            /** @description The client's `login_hint`: prefill the identifier with it. */
            loginHint?: string;
            /** @description In order; the first is the one to do now. */
            nextSteps: components["schemas"]["NextStep"][];
            profile: components["schemas"]["Profile"];
            /** @description The user's "remember me" choice so far. */
            rememberMe: boolean;
            /** @description The client's `ui_locales`, space-separated, most preferred first. */
            uiLocales?: string;
            verifications: components["schemas"]["Verification"][];
        };
        /** @enum {string} */
        InteractionEvent: "SignIn" | "Register" | "ForgotPassword";
        /** InteractionEventRequest */
        InteractionEventRequest: {
            /** @description A solved `GET /api/experience/captcha`, for `Register` when `signUp.captcha` is on. */
            captchaToken?: string;
            interactionEvent: components["schemas"]["InteractionEvent"];
        };
        /** InvitationRequest */
        InvitationRequest: {
            /** @description The `invitation` parameter of the link in the invitation email. */
            code: string;
        };
        /** LoginInitiation */
        LoginInitiation: {
            /** @description The application's login initiation endpoint, with `iss`: send the browser there. */
            initiateLoginUri: string;
        };
        /** MfaEmailCodeVerifyRequest */
        MfaEmailCodeVerifyRequest: {
            /** @description The 6 digits from the message. */
            code: string;
            verificationId: string;
        };
        /**
         * @description What can be set up during a sign-in.
         * @enum {string}
         */
        MfaEnrollFactor: "totp";
        /**
         * @description A second factor: an authenticator app, a code mailed to the confirmed address, or one of
         *     the backup codes.
         * @enum {string}
         */
        MfaFactor: "totp" | "emailCode" | "backupCode";
        /** MfaProfileRequest */
        MfaProfileRequest: {
            type: components["schemas"]["MfaProfileType"];
            /** @description The `verificationId` of the confirmed secret. */
            verificationId: string;
        };
        /**
         * @description What can be enrolled through `POST /api/experience/profile/mfa`.
         * @enum {string}
         */
        MfaProfileType: "totp";
        /**
         * MfaStep
         * @description The user has two-factor authentication on: one of `factors` must pass before submit
         *     (`session.mfa_required` until then), within `two_factor.cookie_lifetime`.
         */
        MfaStep: {
            /** @description In the order the user set them up; `backupCode` last, while any is left. */
            factors: components["schemas"]["MfaFactor"][];
            /** @description Where `emailCode` sends the code, masked (`a***@example.com`). */
            maskedEmail?: string;
            /** @description Offer "remember this browser" (`PUT /api/experience/remember-browser` before the code). */
            rememberBrowser: boolean;
        };
        /**
         * @description What a registration still lacks.
         * @enum {string}
         */
        MissingProfileField: "identifier" | "password";
        /** NewPasswordRequest */
        NewPasswordRequest: {
            password: string;
        };
        /** @description One thing the UI must do next; `type` tells which. */
        NextStep: components["schemas"]["NextStep_StartInteractionStep"] | components["schemas"]["NextStep_VerifyPasswordStep"] | components["schemas"]["NextStep_IdentifyStep"] | components["schemas"]["NextStep_IdentityNotLinkedStep"] | components["schemas"]["NextStep_ConsentStep"] | components["schemas"]["NextStep_ProfileStep"] | components["schemas"]["NextStep_SendVerificationCodeStep"] | components["schemas"]["NextStep_VerifyCodeStep"] | components["schemas"]["NextStep_RedeemInvitationStep"] | components["schemas"]["NextStep_ResetPasswordStep"] | components["schemas"]["NextStep_MfaStep"] | components["schemas"]["NextStep_EnrollMfaStep"] | components["schemas"]["NextStep_SubmitStep"];
        /** @description One thing the UI must do next; `type` tells which. */
        NextStep_ConsentStep: {
            /**
             * @example consent
             * @enum {string}
             */
            type: "consent";
        } & components["schemas"]["ConsentStep"];
        /** @description One thing the UI must do next; `type` tells which. */
        NextStep_EnrollMfaStep: {
            /**
             * @example enrollMfa
             * @enum {string}
             */
            type: "enrollMfa";
        } & components["schemas"]["EnrollMfaStep"];
        /** @description One thing the UI must do next; `type` tells which. */
        NextStep_IdentifyStep: {
            /**
             * @example identify
             * @enum {string}
             */
            type: "identify";
        } & components["schemas"]["IdentifyStep"];
        /** @description One thing the UI must do next; `type` tells which. */
        NextStep_IdentityNotLinkedStep: {
            /**
             * @example identityNotLinked
             * @enum {string}
             */
            type: "identityNotLinked";
        } & components["schemas"]["IdentityNotLinkedStep"];
        /** @description One thing the UI must do next; `type` tells which. */
        NextStep_MfaStep: {
            /**
             * @example mfa
             * @enum {string}
             */
            type: "mfa";
        } & components["schemas"]["MfaStep"];
        /** @description One thing the UI must do next; `type` tells which. */
        NextStep_ProfileStep: {
            /**
             * @example profile
             * @enum {string}
             */
            type: "profile";
        } & components["schemas"]["ProfileStep"];
        /** @description One thing the UI must do next; `type` tells which. */
        NextStep_RedeemInvitationStep: {
            /**
             * @example redeemInvitation
             * @enum {string}
             */
            type: "redeemInvitation";
        } & components["schemas"]["RedeemInvitationStep"];
        /** @description One thing the UI must do next; `type` tells which. */
        NextStep_ResetPasswordStep: {
            /**
             * @example resetPassword
             * @enum {string}
             */
            type: "resetPassword";
        } & components["schemas"]["ResetPasswordStep"];
        /** @description One thing the UI must do next; `type` tells which. */
        NextStep_SendVerificationCodeStep: {
            /**
             * @example sendVerificationCode
             * @enum {string}
             */
            type: "sendVerificationCode";
        } & components["schemas"]["SendVerificationCodeStep"];
        /** @description One thing the UI must do next; `type` tells which. */
        NextStep_StartInteractionStep: {
            /**
             * @example startInteraction
             * @enum {string}
             */
            type: "startInteraction";
        } & components["schemas"]["StartInteractionStep"];
        /** @description One thing the UI must do next; `type` tells which. */
        NextStep_SubmitStep: {
            /**
             * @example submit
             * @enum {string}
             */
            type: "submit";
        } & components["schemas"]["SubmitStep"];
        /** @description One thing the UI must do next; `type` tells which. */
        NextStep_VerifyCodeStep: {
            /**
             * @example verifyCode
             * @enum {string}
             */
            type: "verifyCode";
        } & components["schemas"]["VerifyCodeStep"];
        /** @description One thing the UI must do next; `type` tells which. */
        NextStep_VerifyPasswordStep: {
            /**
             * @example verifyPassword
             * @enum {string}
             */
            type: "verifyPassword";
        } & components["schemas"]["VerifyPasswordStep"];
        /**
         * PasswordPolicy
         * @description The password policy in force (`password.*`). Every rule a password breaks comes back at
         *     once in `user.weak_password`'s `details.rules`, with this policy in `details.policy`.
         */
        PasswordPolicy: {
            /**
             * Format: uint32
             * @description `password.too_long`: at most this many bytes (UTF-8).
             */
            maxBytes: number;
            /**
             * Format: uint32
             * @description `password.too_short`: at least this many characters.
             */
            minLength: number;
            /** @description `password.too_common`: one of the 10,000 most common passwords is always refused. */
            rejectsCommon: boolean;
            /**
             * @description `password.contains_identifier`: it must not contain the username or the address's
             *     local part (3 characters or more), whichever order they are given in.
             */
            rejectsIdentifier: boolean;
            /** @description `password.needs_digit`. */
            requireDigit: boolean;
            /** @description `password.needs_lowercase`. */
            requireLowercase: boolean;
            /** @description `password.needs_non_alphanumeric`. */
            requireNonAlphanumeric: boolean;
            /** @description `password.needs_uppercase`. */
            requireUppercase: boolean;
            /** @description `password.too_simple`: three of lowercase, uppercase, digit and other. */
            threeOfFourClasses: boolean;
        };
        /**
         * PasswordProfileRequest
         * @description The new account's password, checked against the password policy now and against every
         *     identifier given later.
         */
        PasswordProfileRequest: {
            value: string;
        };
        /** PasswordResetSettings */
        PasswordResetSettings: {
            enabled: boolean;
        };
        /** PasswordVerificationRequest */
        PasswordVerificationRequest: {
            identifier: components["schemas"]["Identifier"];
            password: string;
        };
        /**
         * Profile
         * @description What a registration (or a reset) has collected; the password itself is never shown.
         */
        Profile: {
            /** @description Confirmed: proved by a code or by the invitation. */
            email?: string;
            /** @description The registration redeems an invitation. */
            invited: boolean;
            /** @description The invited contact's name. */
            name?: string;
            passwordSet: boolean;
            username?: string;
        };
        /** @description One registration field; `type` tells which. */
        ProfileRequest: components["schemas"]["ProfileRequest_UsernameProfileRequest"] | components["schemas"]["ProfileRequest_PasswordProfileRequest"] | components["schemas"]["ProfileRequest_EmailProfileRequest"];
        /** @description One registration field; `type` tells which. */
        ProfileRequest_EmailProfileRequest: {
            /**
             * @example email
             * @enum {string}
             */
            type: "email";
        } & components["schemas"]["EmailProfileRequest"];
        /** @description One registration field; `type` tells which. */
        ProfileRequest_PasswordProfileRequest: {
            /**
             * @example password
             * @enum {string}
             */
            type: "password";
        } & components["schemas"]["PasswordProfileRequest"];
        /** @description One registration field; `type` tells which. */
        ProfileRequest_UsernameProfileRequest: {
            /**
             * @example username
             * @enum {string}
             */
            type: "username";
        } & components["schemas"]["UsernameProfileRequest"];
        /**
         * ProfileStep
         * @description A registration still needs these fields (`POST /api/experience/profile`), in any order:
         *     a field given is kept until it is given again.
         */
        ProfileStep: {
            /**
             * @description What `identifier` is: `username`, or `email` proved by a code
             *     (`POST /api/experience/verification/verification-code`, then identification). Under
             *     `username`, an email may still be added the same way (optional, confirmed).
             */
            identifierTypes: components["schemas"]["IdentifierType"][];
            missing: components["schemas"]["MissingProfileField"][];
            passwordPolicy: components["schemas"]["PasswordPolicy"];
            usernamePolicy: components["schemas"]["UsernamePolicy"];
        };
        /** RedeemInvitationStep */
        RedeemInvitationStep: {
            endpoint: string;
        };
        /**
         * @description Who may register: anyone, only with an invitation, or nobody.
         * @enum {string}
         */
        RegistrationMode: "open" | "invitation" | "off";
        /** RememberBrowserRequest */
        RememberBrowserRequest: {
            rememberBrowser: boolean;
        };
        /** RememberMeRequest */
        RememberMeRequest: {
            rememberMe: boolean;
        };
        /** ResetPasswordStep */
        ResetPasswordStep: {
            endpoint: string;
            passwordPolicy: components["schemas"]["PasswordPolicy"];
        };
        /** SendVerificationCodeStep */
        SendVerificationCodeStep: {
            /** @description Where the code may go: `email`. */
            identifierTypes: components["schemas"]["IdentifierType"][];
        };
        /**
         * SignInExperience
         * @description The effective sign-in experience, for the UI to draw itself.
         */
        SignInExperience: {
            application?: components["schemas"]["Application"];
            branding: components["schemas"]["Branding"];
            languages: string[];
            passwordReset: components["schemas"]["PasswordResetSettings"];
            signIn: components["schemas"]["SignInSettings"];
            signUp: components["schemas"]["SignUpSettings"];
            twoFactor: components["schemas"]["TwoFactorSettings"];
        };
        /** SignInSettings */
        SignInSettings: {
            /** @description External providers to show as buttons, in the configured order. */
            connectors: components["schemas"]["SocialConnector"][];
            /**
             * @description Sign-in without a password, by a code mailed to the account's confirmed address
             *     (`sendVerificationCode` with `SignIn`, beside `verifyPassword` in `nextSteps`).
             */
            emailCode: boolean;
            identifiers: components["schemas"]["IdentifierType"][];
            /** @description Sign-in by password. */
            local: boolean;
            /** @description Local sign-in is off and this is the one provider: `/oidc/auth` goes straight to it. */
            loginButtonProvider?: string;
            rememberMe: boolean;
        };
        /** SignUpSettings */
        SignUpSettings: {
            /** @description `PUT /api/experience` with `Register` needs a solved `GET /api/experience/captcha`. */
            captcha: boolean;
            enabled: boolean;
            /**
             * @description The identifier a new account must give: the one sign-in asks for (`email`: registration
             *     by a code sent to the address). Under `username`, an email may be added, confirmed by a code.
             */
            identifiers: components["schemas"]["IdentifierType"][];
            invitation: boolean;
            mode: components["schemas"]["RegistrationMode"];
            openRegistration: boolean;
        };
        /** SocialAuthorizationUriRequest */
        SocialAuthorizationUriRequest: {
            /**
             * @description Where the provider sends the browser back: `{public_url}/callback/{connectorId}` (what
             *     `gatehouse connector list` says to register) or a page on an origin of
             *     `experience.allowed_origins`.
             */
            redirectUri: string;
            /**
             * @description Sent to the provider and back; the UI keeps it to check the callback, and the server
             *     checks it too. At least 16 characters of randomness.
             */
            state: string;
        };
        /** SocialAuthorizationUriResponse */
        SocialAuthorizationUriResponse: {
            /** @description Send the browser here. */
            authorizationUri: string;
            /** @description Give it back to `.../verify` with the callback's query. */
            verificationId: string;
        };
        /**
         * SocialConnector
         * @description A provider the sign-in page may show as a button.
         */
        SocialConnector: {
            id: string;
            logoUrl?: string;
            name: string;
        };
        /** SocialVerifyRequest */
        SocialVerifyRequest: {
            /**
             * @description The query the provider sent to the redirect URI, as it came: `code` and `state`, or
             *     `error` (and `state`).
             */
            connectorData: {
                [key: string]: string;
            };
            verificationId: string;
        };
        /** StartInteractionStep */
        StartInteractionStep: {
            /** @description Events the UI may start with `PUT /api/experience`. */
            events: components["schemas"]["InteractionEvent"][];
        };
        /** SubmitResponse */
        SubmitResponse: {
            /** @description Navigate the browser here: the server finishes the authorization and returns to the client. */
            redirectTo: string;
        };
        /** SubmitStep */
        SubmitStep: {
            /** @description Where to send the submit request. */
            endpoint: string;
        };
        /**
         * TotpSecret
         * @description A new authenticator-app secret: show `qr` (an SVG data URL of `otpauthUri`) and `secret`
         *     (base32, for typing in), then confirm a code with `verificationId`. Valid 10 minutes.
         */
        TotpSecret: {
            otpauthUri: string;
            qr: string;
            secret: string;
            verificationId: string;
        };
        /** TotpVerifyRequest */
        TotpVerifyRequest: {
            /** @description The 6 digits the app shows. */
            code: string;
            /** @description Only while setting up: the `verificationId` of the secret being confirmed. */
            verificationId?: string;
        };
        /** TwoFactorSettings */
        TwoFactorSettings: {
            enabled: boolean;
            /**
             * @description Every user signs in with a second factor: one without sets up an authenticator app
             *     (the `enrollMfa` step).
             */
            required: boolean;
        };
        /**
         * UsernamePolicy
         * @description What a username must be.
         */
        UsernamePolicy: {
            /** @description `username.alphanumeric_only`: letters and digits only. */
            alphanumericOnly: boolean;
            /**
             * Format: uint32
             * @description At most this many characters.
             */
            maxLength: number;
        };
        /**
         * UsernameProfileRequest
         * @description A username for the new account.
         */
        UsernameProfileRequest: {
            value: string;
        };
        /** Verification */
        Verification: {
            identifierType: components["schemas"]["IdentifierType"];
            type: components["schemas"]["VerificationType"];
            verificationId: string;
            /** @description For an email code: whether the right code came back. */
            verified: boolean;
        };
        /** VerificationCodeRequest */
        VerificationCodeRequest: {
            identifier: components["schemas"]["EmailIdentifier"];
            interactionEvent: components["schemas"]["InteractionEvent"];
        };
        /** VerificationCodeSent */
        VerificationCodeSent: {
            /** @description Only in `demo_mode`, to a client on the same machine: the code the message carries. */
            code?: string;
            verificationId: string;
        };
        /** VerificationIdResponse */
        VerificationIdResponse: {
            verificationId: string;
        };
        /** @enum {string} */
        VerificationType: "password" | "emailCode" | "invitation";
        /** VerifyCodeRequest */
        VerifyCodeRequest: {
            /** @description The 6 digits from the message. */
            code: string;
            identifier: components["schemas"]["EmailIdentifier"];
            verificationId: string;
        };
        /** VerifyCodeStep */
        VerifyCodeStep: {
            /** @description Where the code went. */
            email: string;
            verificationId: string;
        };
        /** VerifyPasswordStep */
        VerifyPasswordStep: {
            /** @description Identifier types the sign-in form may ask for. */
            identifierTypes: components["schemas"]["IdentifierType"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getSignInExperience: {
        parameters: {
            query?: {
                appId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["SignInExperience"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `application.not_found`: No application has this id (or, in the account API, none this account gave access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminListApplications: {
        parameters: {
            query?: {
                name?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminApplicationPage"];
                };
            };
            /**
             * @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where.
             *     - `request.invalid_cursor`: The `cursor` is not one this API gave: start from the first page.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminCreateApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AdminApplicationCreate"];
            };
        };
        responses: {
            /** @description Created; a confidential application's secret is shown this once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminApplicationCreated"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `application.invalid_metadata`: A field of the application is not valid: `details.field` names it, `message` says why. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminGetApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminApplication"];
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `application.not_found`: No application has this id (or, in the account API, none this account gave access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminDeleteApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `application.not_found`: No application has this id (or, in the account API, none this account gave access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `application.config_declared`: The application is declared in the configuration file: change it there (it is read-only here). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminUpdateApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AdminApplicationUpdate"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminApplication"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `application.not_found`: No application has this id (or, in the account API, none this account gave access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `application.config_declared`: The application is declared in the configuration file: change it there (it is read-only here). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `application.invalid_metadata`: A field of the application is not valid: `details.field` names it, `message` says why. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminGetApplicationPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminApplicationPolicy"];
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `application.not_found`: No application has this id (or, in the account API, none this account gave access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminPutApplicationPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AdminApplicationPolicyRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminApplicationPolicy"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `application.not_found`: No application has this id (or, in the account API, none this account gave access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `application.invalid_policy`: A field of the application's sign-in policy is not valid (an unknown connector, a bad URL, colour, domain or IP range): `details.field` names it, `message` says why. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminRotateApplicationSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminApplicationSecret"];
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `application.not_found`: No application has this id (or, in the account API, none this account gave access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `application.config_declared`: The application is declared in the configuration file: change it there (it is read-only here).
             *     - `application.public`: A public application has no secret.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminListAuditEvents: {
        parameters: {
            query?: {
                user?: string;
                type?: string;
                since?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminAuditPage"];
                };
            };
            /**
             * @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where.
             *     - `request.invalid_cursor`: The `cursor` is not one this API gave: start from the first page.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminListInvitations: {
        parameters: {
            query?: {
                status?: components["schemas"]["AdminInvitationStatus"];
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminInvitationPage"];
                };
            };
            /**
             * @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where.
             *     - `request.invalid_cursor`: The `cursor` is not one this API gave: start from the first page.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminCreateInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AdminInvitationCreate"];
            };
        };
        responses: {
            /** @description Created, and its link emailed (`emailSent`). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminInvitation"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `application.not_found`: No application has this id (or, in the account API, none this account gave access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `user.email_taken`: This address already has an account (told only to whoever proved the mailbox). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `user.invalid_email`: Not an email address.
             *     - `application.no_initiate_login_uri`: The application has no `initiateLoginUri`, so an invitation link for it would work only after a sign-in started there.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminResendInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminInvitation"];
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `invitation.not_found`: No invitation has this code. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `invitation.not_pending`: The invitation was used, revoked or has expired. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminRevokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `invitation.not_found`: No invitation has this code. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `invitation.not_pending`: The invitation was used, revoked or has expired. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminListKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminKeyList"];
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminRotateKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AdminKeyRotate"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminKeyRotation"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminGetSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": unknown;
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminListUsers: {
        parameters: {
            query?: {
                q?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminUserPage"];
                };
            };
            /**
             * @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where.
             *     - `request.invalid_cursor`: The `cursor` is not one this API gave: start from the first page.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminCreateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AdminUserCreate"];
            };
        };
        responses: {
            /** @description The account was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminUserDetail"];
                };
            };
            /** @description With `sendInvitation`: no account yet, the address was invited to register. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminInvitation"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `application.not_found`: No application has this id (or, in the account API, none this account gave access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `user.email_taken`: This address already has an account (told only to whoever proved the mailbox). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `user.invalid_username`: Not a valid username: see the `profile` step's `usernamePolicy`.
             *     - `user.username_invisible_characters`: The username contains invisible characters.
             *     - `user.username_mixed_script`: The username mixes writing systems (Latin and Cyrillic, say).
             *     - `user.username_taken`: Another account has this username or one that looks the same.
             *     - `user.invalid_email`: Not an email address.
             *     - `user.weak_password`: The password breaks the policy: `details.rules` lists every broken rule, `details.policy` its parameters.
             *     - `account.invalid_locale`: Not a language tag (`fr`, `en-GB`).
             *     - `account.invalid_name`: The name has control characters or is longer than 128 characters.
             *     - `application.no_initiate_login_uri`: The application has no `initiateLoginUri`, so an invitation link for it would work only after a sign-in started there.
             *     - `user.identifier_required`: An account needs a username or an email address; an invitation needs the address.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminGetUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminUserDetail"];
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `user.not_found`: No account has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminDeleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `user.not_found`: No account has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminUpdateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AdminUserUpdate"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AdminUserDetail"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `user.not_found`: No account has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `user.email_taken`: This address already has an account (told only to whoever proved the mailbox).
             *     - `account.username_already_set`: The account has a username; it cannot be changed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `user.invalid_username`: Not a valid username: see the `profile` step's `usernamePolicy`.
             *     - `user.username_invisible_characters`: The username contains invisible characters.
             *     - `user.username_mixed_script`: The username mixes writing systems (Latin and Cyrillic, say).
             *     - `user.username_taken`: Another account has this username or one that looks the same.
             *     - `user.invalid_email`: Not an email address.
             *     - `account.invalid_locale`: Not a language tag (`fr`, `en-GB`).
             *     - `account.invalid_name`: The name has control characters or is longer than 128 characters.
             *     - `user.no_email`: The account has no email address to write to.
             *     - `user.identifier_required`: An account needs a username or an email address; an invitation needs the address.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminUnlinkUserIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `user.not_found`: No account has this id.
             *     - `user.identity_not_found`: No linked identity of this account has this id.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminLockUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `user.not_found`: No account has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `user.already_disabled`: The account is locked already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminResetUserMfa: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `user.not_found`: No account has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminRequirePasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `user.not_found`: No account has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `user.no_email`: The account has no email address to write to. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminEndUserSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `user.not_found`: No account has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminUnlockUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `admin.invalid_token`: No valid access token: get one by client credentials as an admin client, with the scope `admin`. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `admin.insufficient_scope`: The token is not a client-credentials token of the scope `admin` of a client that is still an admin client. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `user.not_found`: No account has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `user.not_disabled`: The account is not locked. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    startInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["InteractionEventRequest"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where.
             *     - `captcha.required`: Registration needs a solved captcha (`captchaToken`).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `session.sign_in_method_disabled`: This sign-in method or identifier type is turned off.
             *     - `session.registration_disabled`: Registration is turned off.
             *     - `session.access_denied`: The application's access rules refuse this sign-in: the client's IP address, or the account's email domain (said only once the account's credentials were proved).
             *     - `session.password_reset_disabled`: Password reset is turned off.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `captcha.invalid`: The captcha solution is wrong.
             *     - `captcha.expired`: The captcha challenge has expired: solve a new one.
             *     - `captcha.used`: This captcha solution was used already.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCaptcha: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["CaptchaChallenge"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    allowConsent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `session.not_identified`: Identify the user (`POST /api/experience/identification`) first. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    denyConsent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["SubmitResponse"];
                };
            };
            /** @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `session.not_identified`: Identify the user (`POST /api/experience/identification`) first. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    identify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["IdentificationRequest"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where.
             *     - `session.event_not_set`: Start the interaction with `PUT /api/experience` first.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `session.registration_invitation_only`: This server registers people by invitation only: redeem one first.
             *     - `session.access_denied`: The application's access rules refuse this sign-in: the client's IP address, or the account's email domain (said only once the account's credentials were proved).
             *     - `session.email_domain_not_allowed`: The application does not accept new accounts with this address's domain (or without an address, when it lists the domains it allows).
             *     - `session.user_disabled`: The right password or sign-in code, for an account an administrator disabled.
             *     - `session.password_required`: Signed in by a mailed code, but the account's only second factor is a code to that same mailbox: sign in with the password.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application.
             *     - `session.verification_not_found`: No such verification in this interaction, or it cannot serve this call (wrong event, not verified, used up).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.identity_already_linked`: This external identity is linked to another account already.
             *     - `user.email_taken`: This address already has an account (told only to whoever proved the mailbox).
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.identifier_in_password`: The password given earlier contains this username or address: choose another, or give another password first (until then `nextSteps` stops offering this verification). Nothing was changed.
             *     - `session.invitation_email_mismatch`: The invitation was sent to another address than the one proved by a code. Nothing was changed.
             *     - `session.identity_not_linked`: No account has this external identity: `nextSteps` offers `identityNotLinked` (register with it, or link it to an account proved by its password).
             *     - `session.link_not_possible`: `linkVerificationId` goes with a password verification of a sign-in, naming an external identity no account has.
             *     - `user.invalid_email`: Not an email address.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Interaction"];
                };
            };
            /** @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    changeInteractionEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["InteractionEventRequest"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where.
             *     - `captcha.required`: Registration needs a solved captcha (`captchaToken`).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `session.sign_in_method_disabled`: This sign-in method or identifier type is turned off.
             *     - `session.registration_disabled`: Registration is turned off.
             *     - `session.access_denied`: The application's access rules refuse this sign-in: the client's IP address, or the account's email domain (said only once the account's credentials were proved).
             *     - `session.password_reset_disabled`: Password reset is turned off.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `captcha.invalid`: The captcha solution is wrong.
             *     - `captcha.expired`: The captcha challenge has expired: solve a new one.
             *     - `captcha.used`: This captcha solution was used already.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    invitationLoginInitiation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["InvitationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["LoginInitiation"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `session.registration_disabled`: Registration is turned off.
             *     - `invitation.disabled`: Invitations are turned off.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `invitation.not_found`: No invitation has this code.
             *     - `invitation.no_application`: The invitation names no application with a login initiation endpoint.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `invitation.expired`: The invitation has expired: ask for a new one.
             *     - `invitation.revoked`: The invitation was revoked.
             *     - `invitation.used`: The invitation was used already.
             */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `rate_limit.exceeded`: Too many requests: wait `Retry-After` seconds (also `details.retryAfter`). */
            429: {
                headers: {
                    "RETRY-AFTER": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    setProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["ProfileRequest"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where.
             *     - `session.event_not_set`: Start the interaction with `PUT /api/experience` first.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `session.registration_invitation_only`: This server registers people by invitation only: redeem one first.
             *     - `session.email_domain_not_allowed`: The application does not accept new accounts with this address's domain (or without an address, when it lists the domains it allows).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application.
             *     - `session.verification_not_found`: No such verification in this interaction, or it cannot serve this call (wrong event, not verified, used up).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `user.email_taken`: This address already has an account (told only to whoever proved the mailbox). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.event_not_supported`: This call does not belong to the interaction's event.
             *     - `session.identifier_in_password`: The password given earlier contains this username or address: choose another, or give another password first (until then `nextSteps` stops offering this verification). Nothing was changed.
             *     - `session.invitation_email_mismatch`: The invitation was sent to another address than the one proved by a code. Nothing was changed.
             *     - `user.invalid_username`: Not a valid username: see the `profile` step's `usernamePolicy`.
             *     - `user.username_invisible_characters`: The username contains invisible characters.
             *     - `user.username_mixed_script`: The username mixes writing systems (Latin and Cyrillic, say).
             *     - `user.username_taken`: Another account has this username or one that looks the same.
             *     - `user.invalid_email`: Not an email address.
             *     - `user.weak_password`: The password breaks the policy: `details.rules` lists every broken rule, `details.policy` its parameters.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `rate_limit.exceeded`: Too many requests: wait `Retry-After` seconds (also `details.retryAfter`). */
            429: {
                headers: {
                    "RETRY-AFTER": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    enrollMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["MfaProfileRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["BackupCodes"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `mfa.not_available`: This factor is not offered here (`two_factor.factors`), or no second factor is pending.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application.
             *     - `mfa.not_enrolled`: The account has no such factor, or the setup it names has expired or was used.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.not_identified`: Identify the user (`POST /api/experience/identification`) first.
             *     - `session.mfa_expired`: The second factor did not follow the first within `two_factor.cookie_lifetime`: the user was forgotten; sign in again (`nextSteps` says how).
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `rate_limit.exceeded`: Too many requests: wait `Retry-After` seconds (also `details.retryAfter`). */
            429: {
                headers: {
                    "RETRY-AFTER": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["NewPasswordRequest"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where.
             *     - `session.event_not_set`: Start the interaction with `PUT /api/experience` first.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.event_not_supported`: This call does not belong to the interaction's event.
             *     - `session.not_identified`: Identify the user (`POST /api/experience/identification`) first.
             *     - `user.weak_password`: The password breaks the policy: `details.rules` lists every broken rule, `details.policy` its parameters.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    setRememberBrowser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["RememberBrowserRequest"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `mfa.not_available`: This factor is not offered here (`two_factor.factors`), or no second factor is pending.
             *     - `mfa.remember_browser_disabled`: "Remember this browser" is turned off (`two_factor.remember_browser`).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `session.not_identified`: Identify the user (`POST /api/experience/identification`) first. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    setRememberMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["RememberMeRequest"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `session.remember_me_disabled`: "Remember me" is turned off (`sign_in.remember_me`).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["SubmitResponse"];
                };
            };
            /** @description - `session.event_not_set`: Start the interaction with `PUT /api/experience` first. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `session.registration_invitation_only`: This server registers people by invitation only: redeem one first.
             *     - `session.access_denied`: The application's access rules refuse this sign-in: the client's IP address, or the account's email domain (said only once the account's credentials were proved).
             *     - `session.email_domain_not_allowed`: The application does not accept new accounts with this address's domain (or without an address, when it lists the domains it allows).
             *     - `session.user_disabled`: The right password or sign-in code, for an account an administrator disabled.
             *     - `session.mfa_required`: The user has two-factor authentication on: a second factor (`mfa` step) must pass before submit. No code reaches the client before it.
             *     - `session.mfa_enrollment_required`: The operator requires two-factor authentication and the user has no factor: enrol one (`enrollMfa` step) before submit.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application.
             *     - `invitation.not_found`: No invitation has this code.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.identity_already_linked`: This external identity is linked to another account already.
             *     - `user.email_taken`: This address already has an account (told only to whoever proved the mailbox).
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `invitation.expired`: The invitation has expired: ask for a new one.
             *     - `invitation.revoked`: The invitation was revoked.
             *     - `invitation.used`: The invitation was used already.
             */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.event_not_supported`: This call does not belong to the interaction's event.
             *     - `session.not_identified`: Identify the user (`POST /api/experience/identification`) first.
             *     - `session.consent_required`: The user must allow the application (`POST /api/experience/consent`) first.
             *     - `session.profile_incomplete`: The registration still misses fields: see the `profile` step's `missing`.
             *     - `user.invalid_username`: Not a valid username: see the `profile` step's `usernamePolicy`.
             *     - `user.username_invisible_characters`: The username contains invisible characters.
             *     - `user.username_mixed_script`: The username mixes writing systems (Latin and Cyrillic, say).
             *     - `user.username_taken`: Another account has this username or one that looks the same.
             *     - `user.invalid_email`: Not an email address.
             *     - `session.mfa_expired`: The second factor did not follow the first within `two_factor.cookie_lifetime`: the user was forgotten; sign in again (`nextSteps` says how).
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    verifyBackupCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["BackupCodeVerifyRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["BackupCodeVerified"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `mfa.not_available`: This factor is not offered here (`two_factor.factors`), or no second factor is pending.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.not_identified`: Identify the user (`POST /api/experience/identification`) first.
             *     - `session.mfa_expired`: The second factor did not follow the first within `two_factor.cookie_lifetime`: the user was forgotten; sign in again (`nextSteps` says how).
             *     - `mfa.invalid_code`: The second-factor code is wrong, replayed or used up (the same answer for each); wrong codes count toward lockout.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `rate_limit.exceeded`: Too many requests: wait `Retry-After` seconds (also `details.retryAfter`). */
            429: {
                headers: {
                    "RETRY-AFTER": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    redeemInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["InvitationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["VerificationIdResponse"];
                };
            };
            /**
             * @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where.
             *     - `session.event_not_set`: Start the interaction with `PUT /api/experience` first.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `session.registration_disabled`: Registration is turned off.
             *     - `invitation.disabled`: Invitations are turned off.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application.
             *     - `invitation.not_found`: No invitation has this code.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `invitation.expired`: The invitation has expired: ask for a new one.
             *     - `invitation.revoked`: The invitation was revoked.
             *     - `invitation.used`: The invitation was used already.
             */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `session.event_not_supported`: This call does not belong to the interaction's event. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `rate_limit.exceeded`: Too many requests: wait `Retry-After` seconds (also `details.retryAfter`). */
            429: {
                headers: {
                    "RETRY-AFTER": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    sendMfaEmailCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["VerificationIdResponse"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `mfa.not_available`: This factor is not offered here (`two_factor.factors`), or no second factor is pending.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.not_identified`: Identify the user (`POST /api/experience/identification`) first.
             *     - `session.mfa_expired`: The second factor did not follow the first within `two_factor.cookie_lifetime`: the user was forgotten; sign in again (`nextSteps` says how).
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `rate_limit.exceeded`: Too many requests: wait `Retry-After` seconds (also `details.retryAfter`). */
            429: {
                headers: {
                    "RETRY-AFTER": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    verifyMfaEmailCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["MfaEmailCodeVerifyRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["VerificationIdResponse"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `mfa.not_available`: This factor is not offered here (`two_factor.factors`), or no second factor is pending.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application.
             *     - `session.verification_not_found`: No such verification in this interaction, or it cannot serve this call (wrong event, not verified, used up).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.not_identified`: Identify the user (`POST /api/experience/identification`) first.
             *     - `verification_code.mismatch`: The code is wrong; it may be typed again until too many tries.
             *     - `verification_code.expired`: The code has expired: send a new one.
             *     - `verification_code.too_many_attempts`: Too many wrong codes: send a new one.
             *     - `verification_code.superseded`: A newer code replaced this one.
             *     - `verification_code.used`: This code was used already.
             *     - `session.mfa_expired`: The second factor did not follow the first within `two_factor.cookie_lifetime`: the user was forgotten; sign in again (`nextSteps` says how).
             *     - `mfa.invalid_code`: The second-factor code is wrong, replayed or used up (the same answer for each); wrong codes count toward lockout.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `rate_limit.exceeded`: Too many requests: wait `Retry-After` seconds (also `details.retryAfter`). */
            429: {
                headers: {
                    "RETRY-AFTER": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    verifyPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["PasswordVerificationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["VerificationIdResponse"];
                };
            };
            /**
             * @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where.
             *     - `session.event_not_set`: Start the interaction with `PUT /api/experience` first.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `session.sign_in_method_disabled`: This sign-in method or identifier type is turned off.
             *     - `session.access_denied`: The application's access rules refuse this sign-in: the client's IP address, or the account's email domain (said only once the account's credentials were proved).
             *     - `session.user_disabled`: The right password or sign-in code, for an account an administrator disabled.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.event_not_supported`: This call does not belong to the interaction's event.
             *     - `session.invalid_credentials`: The identifier or the password is wrong (the same answer for an unknown identifier and for a locked one).
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `rate_limit.exceeded`: Too many requests: wait `Retry-After` seconds (also `details.retryAfter`). */
            429: {
                headers: {
                    "RETRY-AFTER": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createSocialAuthorizationUri: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connectorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["SocialAuthorizationUriRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["SocialAuthorizationUriResponse"];
                };
            };
            /**
             * @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where.
             *     - `session.event_not_set`: Start the interaction with `PUT /api/experience` first.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `session.access_denied`: The application's access rules refuse this sign-in: the client's IP address, or the account's email domain (said only once the account's credentials were proved).
             *     - `social.disabled`: Sign-in with external providers is turned off (`sign_in.external`).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application.
             *     - `social.connector_not_found`: No connector of `[[connectors]]` has this id.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.event_not_supported`: This call does not belong to the interaction's event.
             *     - `social.invalid_redirect_uri`: The redirect URI is neither `{public_url}/callback/{connectorId}` nor on an origin of the experience app.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `rate_limit.exceeded`: Too many requests: wait `Retry-After` seconds (also `details.retryAfter`). */
            429: {
                headers: {
                    "RETRY-AFTER": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `social.upstream_unavailable`: The provider did not answer in time (`upstream.timeout`), answered a 5xx, too much (`upstream.max_response_bytes`) or not JSON.
             *     - `social.invalid_response`: The provider's answer lacks what the protocol requires (a refused code, no access token, no subject).
             */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    verifySocial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connectorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["SocialVerifyRequest"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where.
             *     - `session.event_not_set`: Start the interaction with `PUT /api/experience` first.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `social.disabled`: Sign-in with external providers is turned off (`sign_in.external`).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application.
             *     - `social.connector_not_found`: No connector of `[[connectors]]` has this id.
             *     - `social.request_not_found`: No authorization request of this browser (or user) has this id, or it was used or has expired (10 minutes): start again.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.event_not_supported`: This call does not belong to the interaction's event.
             *     - `social.state_mismatch`: The `state` in the provider's answer is not the request's: the callback was not for this request.
             *     - `social.authorization_denied`: The provider sent the user back with an error (`details.upstreamError`, e.g. `access_denied`).
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `social.upstream_unavailable`: The provider did not answer in time (`upstream.timeout`), answered a 5xx, too much (`upstream.max_response_bytes`) or not JSON.
             *     - `social.invalid_response`: The provider's answer lacks what the protocol requires (a refused code, no access token, no subject).
             *     - `social.invalid_id_token`: The provider's ID token failed a check: signature, issuer, audience, expiry or nonce.
             */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createSignInTotpSecret: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["TotpSecret"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `mfa.not_available`: This factor is not offered here (`two_factor.factors`), or no second factor is pending.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.not_identified`: Identify the user (`POST /api/experience/identification`) first.
             *     - `session.mfa_expired`: The second factor did not follow the first within `two_factor.cookie_lifetime`: the user was forgotten; sign in again (`nextSteps` says how).
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `rate_limit.exceeded`: Too many requests: wait `Retry-After` seconds (also `details.retryAfter`). */
            429: {
                headers: {
                    "RETRY-AFTER": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    verifyTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["TotpVerifyRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["VerificationIdResponse"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `mfa.not_available`: This factor is not offered here (`two_factor.factors`), or no second factor is pending.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application.
             *     - `mfa.not_enrolled`: The account has no such factor, or the setup it names has expired or was used.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.not_identified`: Identify the user (`POST /api/experience/identification`) first.
             *     - `session.mfa_expired`: The second factor did not follow the first within `two_factor.cookie_lifetime`: the user was forgotten; sign in again (`nextSteps` says how).
             *     - `mfa.invalid_code`: The second-factor code is wrong, replayed or used up (the same answer for each); wrong codes count toward lockout.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `rate_limit.exceeded`: Too many requests: wait `Retry-After` seconds (also `details.retryAfter`). */
            429: {
                headers: {
                    "RETRY-AFTER": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    sendVerificationCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["VerificationCodeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["VerificationCodeSent"];
                };
            };
            /**
             * @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where.
             *     - `session.event_not_set`: Start the interaction with `PUT /api/experience` first.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one.
             *     - `session.sign_in_method_disabled`: This sign-in method or identifier type is turned off.
             *     - `session.registration_invitation_only`: This server registers people by invitation only: redeem one first.
             *     - `session.access_denied`: The application's access rules refuse this sign-in: the client's IP address, or the account's email domain (said only once the account's credentials were proved).
             *     - `session.email_domain_not_allowed`: The application does not accept new accounts with this address's domain (or without an address, when it lists the domains it allows).
             *     - `session.password_reset_disabled`: Password reset is turned off.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.event_not_supported`: This call does not belong to the interaction's event.
             *     - `user.invalid_email`: Not an email address.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `rate_limit.exceeded`: Too many requests: wait `Retry-After` seconds (also `details.retryAfter`). */
            429: {
                headers: {
                    "RETRY-AFTER": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    verifyCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["VerifyCodeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["VerificationIdResponse"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.forbidden_origin`: A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `session.not_found`: No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application.
             *     - `session.verification_not_found`: No such verification in this interaction, or it cannot serve this call (wrong event, not verified, used up).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `user.invalid_email`: Not an email address.
             *     - `verification_code.mismatch`: The code is wrong; it may be typed again until too many tries.
             *     - `verification_code.expired`: The code has expired: send a new one.
             *     - `verification_code.too_many_attempts`: Too many wrong codes: send a new one.
             *     - `verification_code.superseded`: A newer code replaced this one.
             *     - `verification_code.used`: This code was used already.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `rate_limit.exceeded`: Too many requests: wait `Retry-After` seconds (also `details.retryAfter`). */
            429: {
                headers: {
                    "RETRY-AFTER": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Account"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteAccount: {
        parameters: {
            query?: never;
            header?: {
                "Gatehouse-Verification-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again.
             *     - `account.verification_required`: This change needs a live verification (`POST /api/my-account/verifications/...`, valid 10 minutes) in `Gatehouse-Verification-Id`; the one sent is missing, expired, or another account's.
             */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             *     - `account.delete_disabled`: Users cannot delete their own account here (`account.allow_delete`).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AccountUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Account"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             *     - `account.field_not_editable`: The operator does not let users change this (`account.editable`); `details.field` names it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.invalid_locale`: Not a language tag (`fr`, `en-GB`).
             *     - `account.invalid_name`: The name has control characters or is longer than 128 characters.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listApps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountApp"][];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    withdrawApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `application.not_found`: No application has this id (or, in the account API, none this account gave access). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    changeEmail: {
        parameters: {
            query?: never;
            header?: {
                "Gatehouse-Verification-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AccountEmailRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountVerification"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again.
             *     - `account.verification_required`: This change needs a live verification (`POST /api/my-account/verifications/...`, valid 10 minutes) in `Gatehouse-Verification-Id`; the one sent is missing, expired, or another account's.
             */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             *     - `account.field_not_editable`: The operator does not let users change this (`account.editable`); `details.field` names it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `user.invalid_email`: Not an email address.
             *     - `account.email_unchanged`: This is the account's address already.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `rate_limit.exceeded`: Too many requests: wait `Retry-After` seconds (also `details.retryAfter`). */
            429: {
                headers: {
                    "RETRY-AFTER": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    sendEmailConfirmation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountVerification"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.email_already_verified`: The address is confirmed already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.no_email`: The account has no email address. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `rate_limit.exceeded`: Too many requests: wait `Retry-After` seconds (also `details.retryAfter`). */
            429: {
                headers: {
                    "RETRY-AFTER": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AccountCodeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Account"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.verification_not_found`: No such verification of this account for this call. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `user.email_taken`: This address already has an account (told only to whoever proved the mailbox). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `verification_code.mismatch`: The code is wrong; it may be typed again until too many tries.
             *     - `verification_code.expired`: The code has expired: send a new one.
             *     - `verification_code.too_many_attempts`: Too many wrong codes: send a new one.
             *     - `verification_code.superseded`: A newer code replaced this one.
             *     - `verification_code.used`: This code was used already.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listIdentities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountIdentities"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    linkIdentity: {
        parameters: {
            query?: never;
            header?: {
                "Gatehouse-Verification-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AccountSocialRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountIdentity"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again.
             *     - `account.verification_required`: This change needs a live verification (`POST /api/my-account/verifications/...`, valid 10 minutes) in `Gatehouse-Verification-Id`; the one sent is missing, expired, or another account's.
             */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `social.disabled`: Sign-in with external providers is turned off (`sign_in.external`).
             *     - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `social.connector_not_found`: No connector of `[[connectors]]` has this id.
             *     - `social.request_not_found`: No authorization request of this browser (or user) has this id, or it was used or has expired (10 minutes): start again.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.identity_already_linked`: The provider proved an external identity that is linked to an account already (this one or another): nothing was changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `social.state_mismatch`: The `state` in the provider's answer is not the request's: the callback was not for this request.
             *     - `social.authorization_denied`: The provider sent the user back with an error (`details.upstreamError`, e.g. `access_denied`).
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `social.upstream_unavailable`: The provider did not answer in time (`upstream.timeout`), answered a 5xx, too much (`upstream.max_response_bytes`) or not JSON.
             *     - `social.invalid_response`: The provider's answer lacks what the protocol requires (a refused code, no access token, no subject).
             *     - `social.invalid_id_token`: The provider's ID token failed a check: signature, issuer, audience, expiry or nonce.
             */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createIdentityAuthorizationUri: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connectorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AccountSocialAuthorizationUriRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountSocialAuthorizationUri"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `social.disabled`: Sign-in with external providers is turned off (`sign_in.external`).
             *     - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `social.connector_not_found`: No connector of `[[connectors]]` has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `social.invalid_redirect_uri`: The redirect URI is neither `{public_url}/callback/{connectorId}` nor on an origin of the experience app. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `social.upstream_unavailable`: The provider did not answer in time (`upstream.timeout`), answered a 5xx, too much (`upstream.max_response_bytes`) or not JSON.
             *     - `social.invalid_response`: The provider's answer lacks what the protocol requires (a refused code, no access token, no subject).
             */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    unlinkIdentity: {
        parameters: {
            query?: never;
            header?: {
                "Gatehouse-Verification-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again.
             *     - `account.verification_required`: This change needs a live verification (`POST /api/my-account/verifications/...`, valid 10 minutes) in `Gatehouse-Verification-Id`; the one sent is missing, expired, or another account's.
             */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.identity_not_found`: No external identity of this account has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.last_sign_in_method`: Unlinking this identity would leave the account no way to sign in (no password, no other identity of a configured provider): set a password or link another identity first. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountMfa"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    regenerateBackupCodes: {
        parameters: {
            query?: never;
            header?: {
                "Gatehouse-Verification-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountBackupCodes"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again.
             *     - `account.verification_required`: This change needs a live verification (`POST /api/my-account/verifications/...`, valid 10 minutes) in `Gatehouse-Verification-Id`; the one sent is missing, expired, or another account's.
             */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             *     - `mfa.not_available`: This factor is not offered here (`two_factor.factors`), or no second factor is pending.
             *     - `mfa.disabled`: Two-factor authentication is turned off (`two_factor.enabled`).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `mfa.not_enrolled`: The account has no such factor, or the setup it names has expired or was used. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    setEmailCodeMfa: {
        parameters: {
            query?: never;
            header?: {
                "Gatehouse-Verification-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AccountEmailCodeMfaRequest"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again.
             *     - `account.verification_required`: This change needs a live verification (`POST /api/my-account/verifications/...`, valid 10 minutes) in `Gatehouse-Verification-Id`; the one sent is missing, expired, or another account's.
             */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             *     - `mfa.not_available`: This factor is not offered here (`two_factor.factors`), or no second factor is pending.
             *     - `mfa.disabled`: Two-factor authentication is turned off (`two_factor.enabled`).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `mfa.not_enrolled`: The account has no such factor, or the setup it names has expired or was used. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `mfa.already_enrolled`: The account has this factor already: remove it first. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.no_confirmed_email`: The account has no confirmed email address to send a code to. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    forgetRememberedBrowsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountRememberedBrowsersForgotten"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    forgetRememberedBrowser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `mfa.browser_not_found`: No remembered browser of this account has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    enrollTotp: {
        parameters: {
            query?: never;
            header?: {
                "Gatehouse-Verification-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AccountTotpRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountTotpAdded"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again.
             *     - `account.verification_required`: This change needs a live verification (`POST /api/my-account/verifications/...`, valid 10 minutes) in `Gatehouse-Verification-Id`; the one sent is missing, expired, or another account's.
             */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             *     - `mfa.not_available`: This factor is not offered here (`two_factor.factors`), or no second factor is pending.
             *     - `mfa.disabled`: Two-factor authentication is turned off (`two_factor.enabled`).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `mfa.not_enrolled`: The account has no such factor, or the setup it names has expired or was used. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `mfa.already_enrolled`: The account has this factor already: remove it first. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `mfa.invalid_code`: The second-factor code is wrong, replayed or used up (the same answer for each); wrong codes count toward lockout. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    removeTotp: {
        parameters: {
            query?: never;
            header?: {
                "Gatehouse-Verification-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again.
             *     - `account.verification_required`: This change needs a live verification (`POST /api/my-account/verifications/...`, valid 10 minutes) in `Gatehouse-Verification-Id`; the one sent is missing, expired, or another account's.
             */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             *     - `mfa.disabled`: Two-factor authentication is turned off (`two_factor.enabled`).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `mfa.not_enrolled`: The account has no such factor, or the setup it names has expired or was used. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createTotpSecret: {
        parameters: {
            query?: never;
            header?: {
                "Gatehouse-Verification-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountTotpSecret"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again.
             *     - `account.verification_required`: This change needs a live verification (`POST /api/my-account/verifications/...`, valid 10 minutes) in `Gatehouse-Verification-Id`; the one sent is missing, expired, or another account's.
             */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             *     - `mfa.not_available`: This factor is not offered here (`two_factor.factors`), or no second factor is pending.
             *     - `mfa.disabled`: Two-factor authentication is turned off (`two_factor.enabled`).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `mfa.already_enrolled`: The account has this factor already: remove it first. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    setPassword: {
        parameters: {
            query?: never;
            header?: {
                "Gatehouse-Verification-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AccountPasswordRequest"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again.
             *     - `account.verification_required`: This change needs a live verification (`POST /api/my-account/verifications/...`, valid 10 minutes) in `Gatehouse-Verification-Id`; the one sent is missing, expired, or another account's.
             */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             *     - `account.field_not_editable`: The operator does not let users change this (`account.editable`); `details.field` names it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `user.weak_password`: The password breaks the policy: `details.rules` lists every broken rule, `details.policy` its parameters. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountSession"][];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    endOtherSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountSessionsEnded"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    endSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.session_not_found`: No live session of this account has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.current_session`: This is the session making the call: sign out (`/oidc/session/end`) instead. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    setUsername: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AccountUsernameRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Account"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             *     - `account.field_not_editable`: The operator does not let users change this (`account.editable`); `details.field` names it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.username_already_set`: The account has a username; it cannot be changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `user.invalid_username`: Not a valid username: see the `profile` step's `usernamePolicy`.
             *     - `user.username_invisible_characters`: The username contains invisible characters.
             *     - `user.username_mixed_script`: The username mixes writing systems (Latin and Cyrillic, say).
             *     - `user.username_taken`: Another account has this username or one that looks the same.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    sendAccountVerificationCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountVerification"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.no_confirmed_email`: The account has no confirmed email address to send a code to. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `rate_limit.exceeded`: Too many requests: wait `Retry-After` seconds (also `details.retryAfter`). */
            429: {
                headers: {
                    "RETRY-AFTER": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    verifyAccountVerificationCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AccountCodeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountVerification"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.verification_not_found`: No such verification of this account for this call. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `verification_code.mismatch`: The code is wrong; it may be typed again until too many tries.
             *     - `verification_code.expired`: The code has expired: send a new one.
             *     - `verification_code.too_many_attempts`: Too many wrong codes: send a new one.
             *     - `verification_code.superseded`: A newer code replaced this one.
             *     - `verification_code.used`: This code was used already.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    verifyAccountPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AccountPasswordRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountVerification"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             *     - `account.invalid_password`: The password is wrong (wrong passwords count toward lockout).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.no_password`: The account has no password: verify with an email code, or set a password. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `rate_limit.exceeded`: Too many requests: wait `Retry-After` seconds (also `details.retryAfter`). */
            429: {
                headers: {
                    "RETRY-AFTER": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    verifyAccountSocial: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AccountSocialRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountVerification"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `social.disabled`: Sign-in with external providers is turned off (`sign_in.external`).
             *     - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `social.connector_not_found`: No connector of `[[connectors]]` has this id.
             *     - `social.request_not_found`: No authorization request of this browser (or user) has this id, or it was used or has expired (10 minutes): start again.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `social.state_mismatch`: The `state` in the provider's answer is not the request's: the callback was not for this request.
             *     - `social.authorization_denied`: The provider sent the user back with an error (`details.upstreamError`, e.g. `access_denied`).
             *     - `account.identity_not_linked`: The provider proved an external identity that is not linked to this account (or the account has none of this provider): no verification.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `social.upstream_unavailable`: The provider did not answer in time (`upstream.timeout`), answered a 5xx, too much (`upstream.max_response_bytes`) or not JSON.
             *     - `social.invalid_response`: The provider's answer lacks what the protocol requires (a refused code, no access token, no subject).
             *     - `social.invalid_id_token`: The provider's ID token failed a check: signature, issuer, audience, expiry or nonce.
             */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createVerificationAuthorizationUri: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connectorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["AccountSocialAuthorizationUriRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountSocialAuthorizationUri"];
                };
            };
            /** @description - `request.invalid_body`: The body or a parameter does not match the schema; `message` says where. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `account.invalid_token`: No access token, or not a live one of a live account: sign in again. */
            401: {
                headers: {
                    "WWW-AUTHENTICATE": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `social.disabled`: Sign-in with external providers is turned off (`sign_in.external`).
             *     - `account.disabled`: The account center is turned off (`account.enabled`).
             *     - `account.insufficient_scope`: The access token lacks the `account` scope: ask for it in the authorization request.
             *     - `account.third_party_client`: The access token was issued to a third-party client; only first-party clients may manage accounts.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `social.connector_not_found`: No connector of `[[connectors]]` has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.payload_too_large`: The body is larger than `http.max_body_bytes`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.unsupported_media_type`: The body must be `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `social.invalid_redirect_uri`: The redirect URI is neither `{public_url}/callback/{connectorId}` nor on an origin of the experience app.
             *     - `account.identity_not_linked`: The provider proved an external identity that is not linked to this account (or the account has none of this provider): no verification.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `internal.server_error`: Gatehouse failed; the operator's log has the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description - `social.upstream_unavailable`: The provider did not answer in time (`upstream.timeout`), answered a 5xx, too much (`upstream.max_response_bytes`) or not JSON.
             *     - `social.invalid_response`: The provider's answer lacks what the protocol requires (a refused code, no access token, no subject).
             */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
            /** @description - `request.timeout`: The request took longer than `http.request_timeout`; it may be sent again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
