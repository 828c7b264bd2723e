package org.oicc.relations.authoring.http;

import org.oicc.relations.authoring.users.User;

import java.time.Instant;

/** One editor's browser login: who, the CSRF token of its forms, and when it lapses if unused. */
public record LoginSession(String token, User user, String csrf, Instant expires) {
}
