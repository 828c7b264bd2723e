package org.oicc.relations.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.authoring.publication.subscribers.Subscriber;
import org.oicc.relations.server.SubscriberInstances.Running;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oicc.relations.server.SubscriberInstances.await;
import static org.oicc.relations.server.SubscriberInstances.health;
import static org.oicc.relations.server.SubscriberInstances.send;

/**
 * One author, two public instances, each with its own secret: a publish reaches both; a public
 * instance that is down gets every publication, in order, once it is back — also when the author
 * restarted meanwhile — while the other one is served at once.
 */
class SubscribersTest {

    private static final byte[] SECRET_1 = "secret-of-the-first-public".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SECRET_2 = "secret-of-the-second-public".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void aPublishReachesBothAndADownInstanceGetsEverythingInOrderWhenBack() throws Exception {
        Running one = SubscriberInstances.publicInstance(folder.resolve("one"), 0, SECRET_1);
        Running two = SubscriberInstances.publicInstance(folder.resolve("two"), 0, SECRET_2);
        int twoPort = two.port();
        Running author = SubscriberInstances.author(folder.resolve("author"), subscribers(one.url(), two.url()));
        try {
            edit(author, "iula", "ONE");
            assertThat(publish(author, "iula")).isEqualTo(200);
            awaitAcronym(one, "iula", "ONE");
            awaitAcronym(two, "iula", "ONE");
            JsonNode upToDate = await("up to date", () -> health(author), h -> h.at("/subscribers/1/state").asText().equals("up-to-date"));
            assertThat(upToDate.at("/subscribers/0/name").asText()).isEqualTo("one");
            assertThat(upToDate.at("/subscribers/0/waiting").asLong()).isZero();
            assertThat(upToDate.at("/subscribers/0/lastDelivered").isTextual()).isTrue();

            two.close();
            edit(author, "iula", "TWO");
            assertThat(publish(author, "iula")).isEqualTo(200); // answered while "two" is down: it is queued
            edit(author, "iula", "THREE");
            assertThat(publish(author, "iula")).isEqualTo(200);
            assertThat(send(author, "POST", "/.rest/commands/v2/default/unpublish", true,
                    "{\"repository\":\"organizations\",\"path\":\"/isprs\"}").statusCode()).isEqualTo(200);
            awaitAcronym(one, "iula", "THREE");
            await("isprs gone from one", () -> status(one, "isprs"), s -> s == 404);

            JsonNode failing = await("two failing", () -> health(author), h -> h.at("/subscribers/1/state").asText().equals("failing"));
            assertThat(failing.at("/subscribers/1/waiting").asLong()).isEqualTo(3);
            assertThat(failing.at("/subscribers/1/lastError").asText()).contains("cannot reach");
            assertThat(failing.at("/subscribers/1/oldestWaitingSince").isTextual()).isTrue();
            assertThat(failing.at("/subscribers/0/state").asText()).isEqualTo("up-to-date");
            assertThat(failing.at("/status").asText()).isEqualTo("UP");
            String ui = SubscriberInstances.page(author, "/.author/items/organization/iula");
            assertThat(ui).containsPattern("data-subscriber=\"one\"><strong>one</strong>: latest publication arrived [A-Z][a-z]{2} \\d{1,2}, \\d{4}, ");
            assertThat(ui).contains("data-subscriber=\"two\"><strong>two</strong>: latest publication waiting, 1 ahead of it");
            assertThat(ui).contains("<strong>two</strong>: unreachable, 3 waiting, retrying");

            two = SubscriberInstances.publicInstance(folder.resolve("two"), twoPort, SECRET_2);
            Running back = two;
            awaitAcronym(back, "iula", "THREE");
            await("isprs gone from two", () -> status(back, "isprs"), s -> s == 404);
            JsonNode caughtUp = await("two up to date", () -> health(author),
                    h -> h.at("/subscribers/1/state").asText().equals("up-to-date"));
            assertThat(caughtUp.at("/subscribers/1/waiting").asLong()).isZero();
            assertThat(SubscriberInstances.page(author, "/.author/items/organization/iula"))
                    .containsPattern("<strong>two</strong>: latest publication arrived [A-Z][a-z]{2} \\d{1,2}, \\d{4}");
        } finally {
            author.close();
            one.close();
            two.close();
        }
    }

    @Test
    void whatWaitsForADownInstanceSurvivesAnAuthorRestart() throws Exception {
        Running one = SubscriberInstances.publicInstance(folder.resolve("one"), 0, SECRET_1);
        Running two = SubscriberInstances.publicInstance(folder.resolve("two"), 0, SECRET_2);
        int twoPort = two.port();
        List<Subscriber> subscribers = subscribers(one.url(), two.url());
        Running author = SubscriberInstances.author(folder.resolve("author"), subscribers);
        try {
            two.close();
            edit(author, "iula", "BEFORE-RESTART");
            assertThat(publish(author, "iula")).isEqualTo(200);
            edit(author, "alecso", "ALECSO-2");
            assertThat(publish(author, "alecso")).isEqualTo(200);
            awaitAcronym(one, "alecso", "ALECSO-2");
            author.close();

            author = SubscriberInstances.author(folder.resolve("author"), subscribers);
            assertThat(health(author).at("/subscribers/1/waiting").asLong()).isEqualTo(2);
            two = SubscriberInstances.publicInstance(folder.resolve("two"), twoPort, SECRET_2);
            awaitAcronym(two, "iula", "BEFORE-RESTART");
            awaitAcronym(two, "alecso", "ALECSO-2");
            Running restarted = author;
            await("both up to date", () -> health(restarted), h -> h.at("/subscribers/1/state").asText().equals("up-to-date"));
        } finally {
            author.close();
            one.close();
            two.close();
        }
    }

    @Test
    void sequenceNumbersGoOnAfterARestartWithAnEmptiedQueue() throws Exception {
        // receivers ignore positions they have passed: numbering from 1 again would make every later publish a no-op
        Running one = SubscriberInstances.publicInstance(folder.resolve("one"), 0, SECRET_1);
        Running two = SubscriberInstances.publicInstance(folder.resolve("two"), 0, SECRET_2);
        List<Subscriber> subscribers = subscribers(one.url(), two.url());
        Running author = SubscriberInstances.author(folder.resolve("author"), subscribers);
        try {
            edit(author, "iula", "FIRST");
            publish(author, "iula");
            awaitAcronym(one, "iula", "FIRST");
            awaitAcronym(two, "iula", "FIRST");
            Running first = author;
            await("queue emptied", () -> health(first), h -> h.at("/subscribers/0/waiting").asLong() == 0
                    && h.at("/subscribers/1/waiting").asLong() == 0);
            author.close();
            assertThat(folder.resolve("author/publication/queue")).isEmptyDirectory();

            author = SubscriberInstances.author(folder.resolve("author"), subscribers);
            edit(author, "iula", "SECOND");
            publish(author, "iula");
            awaitAcronym(one, "iula", "SECOND");
            awaitAcronym(two, "iula", "SECOND");
        } finally {
            author.close();
            one.close();
            two.close();
        }
    }

    private static List<Subscriber> subscribers(URI one, URI two) {
        return List.of(new Subscriber("one", one, SECRET_1), new Subscriber("two", two, SECRET_2));
    }

    private static void edit(Running author, String item, String acronym) throws Exception {
        assertThat(send(author, "POST", "/.rest/nodes/v1/organizations/" + item, true,
                "{\"properties\":[{\"name\":\"acronym\",\"multiple\":false,\"values\":[\"" + acronym + "\"]}]}").statusCode())
                .isEqualTo(200);
    }

    private static int publish(Running author, String item) throws Exception {
        return send(author, "POST", "/.rest/commands/v2/default/publish", true,
                "{\"repository\":\"organizations\",\"path\":\"/" + item + "\"}").statusCode();
    }

    private static int status(Running at, String item) throws Exception {
        return send(at, "GET", "/.rest/delivery/organizations/v1/" + item, false, null).statusCode();
    }

    private static void awaitAcronym(Running at, String item, String acronym) throws Exception {
        await(item + " with acronym " + acronym + " on " + at.url(),
                () -> send(at, "GET", "/.rest/delivery/organizations/v1/" + item, false, null).body(),
                body -> body.contains("\"acronym\":\"" + acronym + "\""));
    }
}
