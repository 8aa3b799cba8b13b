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
         * @description Sets the event and forgets any earlier verification.
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
         * @description In a `Register` interaction: the username (checked against existing accounts now and
         *     again at submit; a new username forgets a password given before it), then the password
         *     (checked against the password policy; `user.weak_password` lists every broken rule in
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Application */
        Application: {
            clientId: string;
            name: string;
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
        ErrorCode: "request.invalid_body" | "request.unsupported_media_type" | "request.forbidden_origin" | "request.payload_too_large" | "request.not_found" | "request.method_not_allowed" | "session.not_found" | "session.event_not_set" | "session.event_not_supported" | "session.sign_in_method_disabled" | "session.invalid_credentials" | "session.verification_not_found" | "session.not_identified" | "session.consent_required" | "session.remember_me_disabled" | "session.registration_disabled" | "session.registration_invitation_only" | "session.profile_incomplete" | "user.invalid_username" | "user.username_taken" | "user.weak_password" | "application.not_found" | "internal.server_error";
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
        };
        /** @description One thing the UI must do next; `type` tells which. */
        NextStep: components["schemas"]["NextStep_StartInteractionStep"] | components["schemas"]["NextStep_VerifyPasswordStep"] | components["schemas"]["NextStep_IdentifyStep"] | components["schemas"]["NextStep_ConsentStep"] | components["schemas"]["NextStep_ProfileStep"] | components["schemas"]["NextStep_SubmitStep"];
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
         * @description What a registration has collected; the password itself is never shown.
         */
        Profile: {
            username?: string;
            passwordSet: boolean;
        };
        /** @enum {string} */
        ProfileField: "username" | "password";
        /** ProfileRequest */
        ProfileRequest: {
            type: components["schemas"]["ProfileField"];
            value: string;
        };
        /**
         * ProfileStep
         * @description A registration still needs these fields (`POST /api/experience/profile`), in this order.
         */
        ProfileStep: {
            missing: components["schemas"]["ProfileField"][];
        };
        /** RememberMeRequest */
        RememberMeRequest: {
            rememberMe: boolean;
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
            captcha: boolean;
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
            /** @description Always `password` for now. */
            type: string;
            identifierType: components["schemas"]["IdentifierType"];
        };
        /** VerificationIdResponse */
        VerificationIdResponse: {
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
export type operations = Record<string, never>;
