// GENERATED, do not edit: `npm run gen:api` writes this file from ../openapi/openapi.json
// (`npm run check:api` fails when it is stale).

export interface paths {
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
        put: {
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
                /** @description The request is malformed, or the interaction is not at the right step. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description A cross-origin call, or a sign-in method that is switched off. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No interaction in this browser, or no such verification or application. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The address already has an account (told only to whoever proved the mailbox). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The invitation was used, revoked or has expired. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body must be `application/json`. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The request was understood and refused: wrong credentials, missing identification. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests: wait `Retry-After` seconds (also in `details.retryAfter`). */
                429: {
                    headers: {
                        "RETRY-AFTER": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
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
        put: {
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
                /** @description The request is malformed, or the interaction is not at the right step. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description A cross-origin call, or a sign-in method that is switched off. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No interaction in this browser, or no such verification or application. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The address already has an account (told only to whoever proved the mailbox). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The invitation was used, revoked or has expired. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body must be `application/json`. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The request was understood and refused: wrong credentials, missing identification. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests: wait `Retry-After` seconds (also in `details.retryAfter`). */
                429: {
                    headers: {
                        "RETRY-AFTER": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
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
        get: {
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
                /** @description The request is malformed, or the interaction is not at the right step. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description A cross-origin call, or a sign-in method that is switched off. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No interaction in this browser, or no such verification or application. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The address already has an account (told only to whoever proved the mailbox). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The invitation was used, revoked or has expired. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body must be `application/json`. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The request was understood and refused: wrong credentials, missing identification. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests: wait `Retry-After` seconds (also in `details.retryAfter`). */
                429: {
                    headers: {
                        "RETRY-AFTER": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
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
        post: {
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
                /** @description The request is malformed, or the interaction is not at the right step. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description A cross-origin call, or a sign-in method that is switched off. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No interaction in this browser, or no such verification or application. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The address already has an account (told only to whoever proved the mailbox). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The invitation was used, revoked or has expired. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body must be `application/json`. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The request was understood and refused: wrong credentials, missing identification. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests: wait `Retry-After` seconds (also in `details.retryAfter`). */
                429: {
                    headers: {
                        "RETRY-AFTER": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
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
         * @description The user a verification proved becomes the interaction's user.
         */
        post: {
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
                /** @description The request is malformed, or the interaction is not at the right step. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description A cross-origin call, or a sign-in method that is switched off. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No interaction in this browser, or no such verification or application. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The address already has an account (told only to whoever proved the mailbox). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The invitation was used, revoked or has expired. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body must be `application/json`. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The request was understood and refused: wrong credentials, missing identification. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests: wait `Retry-After` seconds (also in `details.retryAfter`). */
                429: {
                    headers: {
                        "RETRY-AFTER": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
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
        put: {
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
                /** @description The request is malformed, or the interaction is not at the right step. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description A cross-origin call, or a sign-in method that is switched off. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No interaction in this browser, or no such verification or application. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The address already has an account (told only to whoever proved the mailbox). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The invitation was used, revoked or has expired. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body must be `application/json`. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The request was understood and refused: wrong credentials, missing identification. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests: wait `Retry-After` seconds (also in `details.retryAfter`). */
                429: {
                    headers: {
                        "RETRY-AFTER": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
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
         * @description In a `Register` interaction: the username (`value`; checked against existing accounts
         *     now and again at submit; a new username forgets a password given before it), an email
         *     proved by a verified code (`verificationId`), then the password (`value`; checked
         *     against the password policy; `user.weak_password` lists every broken rule in
         *     `details.rules`). The account is created at submit.
         */
        post: {
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
                /** @description The request is malformed, or the interaction is not at the right step. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description A cross-origin call, or a sign-in method that is switched off. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No interaction in this browser, or no such verification or application. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The address already has an account (told only to whoever proved the mailbox). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The invitation was used, revoked or has expired. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body must be `application/json`. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The request was understood and refused: wrong credentials, missing identification. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests: wait `Retry-After` seconds (also in `details.retryAfter`). */
                429: {
                    headers: {
                        "RETRY-AFTER": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
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
        post: {
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
                /** @description The request is malformed, or the interaction is not at the right step. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description A cross-origin call, or a sign-in method that is switched off. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No interaction in this browser, or no such verification or application. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The address already has an account (told only to whoever proved the mailbox). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The invitation was used, revoked or has expired. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body must be `application/json`. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The request was understood and refused: wrong credentials, missing identification. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests: wait `Retry-After` seconds (also in `details.retryAfter`). */
                429: {
                    headers: {
                        "RETRY-AFTER": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
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
        post: {
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
                /** @description The request is malformed, or the interaction is not at the right step. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description A cross-origin call, or a sign-in method that is switched off. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No interaction in this browser, or no such verification or application. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The address already has an account (told only to whoever proved the mailbox). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The invitation was used, revoked or has expired. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body must be `application/json`. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The request was understood and refused: wrong credentials, missing identification. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests: wait `Retry-After` seconds (also in `details.retryAfter`). */
                429: {
                    headers: {
                        "RETRY-AFTER": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
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
        post: {
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
                /** @description The request is malformed, or the interaction is not at the right step. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description A cross-origin call, or a sign-in method that is switched off. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No interaction in this browser, or no such verification or application. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The address already has an account (told only to whoever proved the mailbox). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The invitation was used, revoked or has expired. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body must be `application/json`. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The request was understood and refused: wrong credentials, missing identification. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests: wait `Retry-After` seconds (also in `details.retryAfter`). */
                429: {
                    headers: {
                        "RETRY-AFTER": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
        get: {
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
                /** @description The request is malformed, or the interaction is not at the right step. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description A cross-origin call, or a sign-in method that is switched off. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No interaction in this browser, or no such verification or application. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The address already has an account (told only to whoever proved the mailbox). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The invitation was used, revoked or has expired. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body must be `application/json`. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The request was understood and refused: wrong credentials, missing identification. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests: wait `Retry-After` seconds (also in `details.retryAfter`). */
                429: {
                    headers: {
                        "RETRY-AFTER": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
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
         *     (`Register` or `ForgotPassword`); a newer code replaces it. The answer is the same
         *     whether or not the address has an account. Limited per address (one a minute, five an
         *     hour) and per client: `rate_limit.exceeded` with `Retry-After`.
         */
        post: {
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
                /** @description The request is malformed, or the interaction is not at the right step. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description A cross-origin call, or a sign-in method that is switched off. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No interaction in this browser, or no such verification or application. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The address already has an account (told only to whoever proved the mailbox). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The invitation was used, revoked or has expired. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body must be `application/json`. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The request was understood and refused: wrong credentials, missing identification. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests: wait `Retry-After` seconds (also in `details.retryAfter`). */
                429: {
                    headers: {
                        "RETRY-AFTER": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
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
         * @description Five wrong tries kill the code. Then identify with the same `verificationId`.
         */
        post: {
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
                /** @description The request is malformed, or the interaction is not at the right step. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description A cross-origin call, or a sign-in method that is switched off. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No interaction in this browser, or no such verification or application. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The address already has an account (told only to whoever proved the mailbox). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The invitation was used, revoked or has expired. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body must be `application/json`. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The request was understood and refused: wrong credentials, missing identification. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests: wait `Retry-After` seconds (also in `details.retryAfter`). */
                429: {
                    headers: {
                        "RETRY-AFTER": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
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
        post: {
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
                /** @description The request is malformed, or the interaction is not at the right step. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description A cross-origin call, or a sign-in method that is switched off. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No interaction in this browser, or no such verification or application. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The address already has an account (told only to whoever proved the mailbox). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The invitation was used, revoked or has expired. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body must be `application/json`. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The request was understood and refused: wrong credentials, missing identification. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests: wait `Retry-After` seconds (also in `details.retryAfter`). */
                429: {
                    headers: {
                        "RETRY-AFTER": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
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
        post: {
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
                /** @description The request is malformed, or the interaction is not at the right step. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description A cross-origin call, or a sign-in method that is switched off. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No interaction in this browser, or no such verification or application. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The address already has an account (told only to whoever proved the mailbox). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The invitation was used, revoked or has expired. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body must be `application/json`. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The request was understood and refused: wrong credentials, missing identification. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests: wait `Retry-After` seconds (also in `details.retryAfter`). */
                429: {
                    headers: {
                        "RETRY-AFTER": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
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
        put: {
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
                /** @description The request is malformed, or the interaction is not at the right step. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description A cross-origin call, or a sign-in method that is switched off. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No interaction in this browser, or no such verification or application. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The address already has an account (told only to whoever proved the mailbox). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The invitation was used, revoked or has expired. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body must be `application/json`. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The request was understood and refused: wrong credentials, missing identification. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests: wait `Retry-After` seconds (also in `details.retryAfter`). */
                429: {
                    headers: {
                        "RETRY-AFTER": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post?: never;
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
        /** Application */
        Application: {
            clientId: string;
            name: string;
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
            /** @description The scopes the application asks for; show them in plain words. */
            scopes: string[];
            application: components["schemas"]["Application"];
        };
        /** ErrorBody */
        ErrorBody: {
            /** @description Stable, dotted: translate `error.<code>`; never show `message` to end users. */
            code: components["schemas"]["ErrorCode"] & unknown;
            /** @description For developers, in English. */
            message: string;
            details?: unknown;
        };
        /**
         * @description Every error code the Experience API can answer with. Stable: clients and translations key on
         *     them.
         * @enum {string}
         */
        ErrorCode: "request.invalid_body" | "request.unsupported_media_type" | "request.forbidden_origin" | "request.payload_too_large" | "request.not_found" | "request.method_not_allowed" | "session.not_found" | "session.event_not_set" | "session.event_not_supported" | "session.sign_in_method_disabled" | "session.invalid_credentials" | "session.verification_not_found" | "session.not_identified" | "session.consent_required" | "session.remember_me_disabled" | "session.registration_disabled" | "session.registration_invitation_only" | "session.profile_incomplete" | "session.password_reset_disabled" | "user.invalid_username" | "user.invalid_email" | "user.email_taken" | "verification_code.mismatch" | "verification_code.expired" | "verification_code.too_many_attempts" | "verification_code.superseded" | "verification_code.used" | "invitation.disabled" | "invitation.not_found" | "invitation.expired" | "invitation.revoked" | "invitation.used" | "invitation.no_application" | "captcha.required" | "captcha.invalid" | "captcha.expired" | "captcha.used" | "rate_limit.exceeded" | "user.username_taken" | "user.weak_password" | "application.not_found" | "internal.server_error";
        /** IdentificationRequest */
        IdentificationRequest: {
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
            verificationId: string;
        };
        /**
         * Interaction
         * @description Where the interaction stands and what comes next.
         */
        Interaction: {
            interactionEvent?: components["schemas"]["InteractionEvent"];
            application: components["schemas"]["Application"];
            /** @description The client's `login_hint`: prefill the identifier with it. */
            loginHint?: string;
            /** @description The client's `ui_locales`, space-separated, most preferred first. */
            uiLocales?: string;
            verifications: components["schemas"]["Verification"][];
            identified: boolean;
            /** @description The user's "remember me" choice so far. */
            rememberMe: boolean;
            /** @description What a registration has collected so far. */
            profile: components["schemas"]["Profile"] & unknown;
            /** @description In order; the first is the one to do now. */
            nextSteps: components["schemas"]["NextStep"][];
        };
        /** @enum {string} */
        InteractionEvent: "SignIn" | "Register" | "ForgotPassword";
        /** InteractionEventRequest */
        InteractionEventRequest: {
            interactionEvent: components["schemas"]["InteractionEvent"];
            /** @description A solved `GET /api/experience/captcha`, for `Register` when `signUp.captcha` is on. */
            captchaToken?: string;
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
        NextStep: components["schemas"]["NextStep_StartInteractionStep"] | components["schemas"]["NextStep_VerifyPasswordStep"] | components["schemas"]["NextStep_IdentifyStep"] | components["schemas"]["NextStep_ConsentStep"] | components["schemas"]["NextStep_ProfileStep"] | components["schemas"]["NextStep_SendVerificationCodeStep"] | components["schemas"]["NextStep_VerifyCodeStep"] | components["schemas"]["NextStep_RedeemInvitationStep"] | components["schemas"]["NextStep_ResetPasswordStep"] | components["schemas"]["NextStep_SubmitStep"];
        /** @description One thing the UI must do next; `type` tells which. */
        NextStep_ConsentStep: {
            /**
             * @example consent
             * @enum {string}
             */
            type: "consent";
        } & components["schemas"]["ConsentStep"];
        /** @description One thing the UI must do next; `type` tells which. */
        NextStep_IdentifyStep: {
            /**
             * @example identify
             * @enum {string}
             */
            type: "identify";
        } & components["schemas"]["IdentifyStep"];
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
            username?: string;
            /** @description Confirmed: proved by a code or by the invitation. */
            email?: string;
            /** @description The invited contact's name. */
            name?: string;
            /** @description The registration redeems an invitation. */
            invited: boolean;
            passwordSet: boolean;
        };
        /**
         * @description What `POST /api/experience/profile` gives.
         * @enum {string}
         */
        ProfileField: "username" | "password" | "email";
        /** ProfileRequest */
        ProfileRequest: {
            type: components["schemas"]["ProfileField"];
            /** @description The username or the password. */
            value?: string;
            /** @description For `email`: a verified code's verification. */
            verificationId?: string;
        };
        /**
         * ProfileStep
         * @description A registration still needs these fields (`POST /api/experience/profile`), in this order.
         */
        ProfileStep: {
            missing: components["schemas"]["MissingProfileField"][];
            /**
             * @description What `identifier` is: `username`, or `email` proved by a code
             *     (`POST /api/experience/verification/verification-code`, then identification). Under
             *     `username`, an email may still be added the same way (optional, confirmed).
             */
            identifierTypes: components["schemas"]["IdentifierType"][];
        };
        /** RedeemInvitationStep */
        RedeemInvitationStep: {
            endpoint: string;
        };
        /** RememberMeRequest */
        RememberMeRequest: {
            rememberMe: boolean;
        };
        /** ResetPasswordStep */
        ResetPasswordStep: {
            endpoint: string;
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
            signIn: components["schemas"]["SignInSettings"];
            signUp: components["schemas"]["SignUpSettings"];
            passwordReset: components["schemas"]["PasswordResetSettings"];
            languages: string[];
            application?: components["schemas"]["Application"];
        };
        /** SignInSettings */
        SignInSettings: {
            local: boolean;
            identifiers: components["schemas"]["IdentifierType"][];
            rememberMe: boolean;
        };
        /** SignUpSettings */
        SignUpSettings: {
            enabled: boolean;
            openRegistration: boolean;
            invitation: boolean;
            /** @description `PUT /api/experience` with `Register` needs a solved `GET /api/experience/captcha`. */
            captcha: boolean;
            /**
             * @description The identifier a new account must give: the one sign-in asks for (`email`: registration
             *     by a code sent to the address). Under `username`, an email may be added, confirmed by a code.
             */
            identifiers: components["schemas"]["IdentifierType"][];
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
        /** Verification */
        Verification: {
            verificationId: string;
            type: components["schemas"]["VerificationType"];
            identifierType: components["schemas"]["IdentifierType"];
            /** @description For an email code: whether the right code came back. */
            verified: boolean;
        };
        /** VerificationCodeRequest */
        VerificationCodeRequest: {
            /** @description Always of type `email`. */
            identifier: components["schemas"]["Identifier"] & unknown;
            /** @description The interaction's event: `Register` or `ForgotPassword`. */
            interactionEvent: components["schemas"]["InteractionEvent"] & unknown;
        };
        /** VerificationCodeSent */
        VerificationCodeSent: {
            verificationId: string;
            /** @description Only in `demo_mode`, to a client on the same machine: the code the message carries. */
            code?: string;
        };
        /** VerificationIdResponse */
        VerificationIdResponse: {
            verificationId: string;
        };
        /** @enum {string} */
        VerificationType: "password" | "emailCode" | "invitation";
        /** VerifyCodeRequest */
        VerifyCodeRequest: {
            identifier: components["schemas"]["Identifier"];
            verificationId: string;
            /** @description The 6 digits from the message. */
            code: string;
        };
        /** VerifyCodeStep */
        VerifyCodeStep: {
            verificationId: string;
            /** @description Where the code went. */
            email: string;
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
export type operations = Record<string, never>;
