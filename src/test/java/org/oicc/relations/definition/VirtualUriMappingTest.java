package org.oicc.relations.definition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.TestTrees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code virtualUriMappings/*.yaml} with Magnolia's classes and keys; a target that could cost or loop is refused at start. */
class VirtualUriMappingTest {

    private static final String REGEXP = "class: info.magnolia.virtualuri.mapping.RegexpVirtualUriMapping\n";
    private static final String DEFAULT = "class: info.magnolia.virtualuri.mapping.DefaultVirtualUriMapping\n";

    @TempDir
    Path temp;

    @Test
    void theShippedMappingsForwardOrganizationAndCategoryUrlsToTheirPages() {
        VirtualUriMappings mappings = new LightModuleLoader().load(ModuleSource.classpath("oicc-relations")).virtualUriMappings();

        assertThat(mappings.mappings()).extracting(VirtualUriMapping::name)
                .containsExactlyInAnyOrder("organizations", "relationship-categories");
        VirtualUriMapping organizations = mappings.mappings().stream().filter(m -> m.name().equals("organizations")).findFirst()
                .orElseThrow();
        assertThat(organizations.kind()).isEqualTo(VirtualUriMapping.Kind.REGEXP);
        assertThat(organizations.fromUri()).isEqualTo("^/([a-z]{2,3}/)?organizations/([a-z0-9-]+)\\.html$");
        assertThat(organizations.toUri()).isEqualTo("forward:/$1organizations.html?item=$2");
        assertThat(organizations.location().toString()).isEqualTo("virtualUriMappings/organizations.yaml:4");

        assertForward(mappings, "/organizations/iula.html", "/organizations.html?item=iula");
        assertForward(mappings, "/ar/organizations/iula.html", "/ar/organizations.html?item=iula");
        assertForward(mappings, "/relations/consultative-status.html", "/relations.html?item=consultative-status");
        assertThat(mappings.resolve("/organizations.html")).isEmpty();
        assertThat(mappings.resolve("/organizations/IULA.html")).isEmpty();
        assertThat(mappings.resolve("/organizations/a/b.html")).isEmpty();
        assertThat(mappings.resolve("/organizations/" + "a".repeat(VirtualUriMappings.MAX_URI_LENGTH) + ".html")).isEmpty();
    }

    @Test
    void defaultMappingsMatchTheWholeUriAndTheHeaviestMatchWins() throws IOException {
        Path module = module();
        write(module, "virtualUriMappings/old.yaml", DEFAULT + "fromUri: /old/*\ntoUri: permanent:/relations.html\n");
        write(module, "virtualUriMappings/old-list.yaml", DEFAULT + "fromUri: /old/list.html\ntoUri: redirect:/organizations.html\n");
        write(module, "virtualUriMappings/away.yaml", DEFAULT + "fromUri: /oicc\ntoUri: redirect:https://www.oicc.org/\n");
        VirtualUriMappings mappings = load(module).virtualUriMappings();

        VirtualUriMapping.Match old = mappings.resolve("/old/anything.html").orElseThrow();
        assertThat(old.action()).isEqualTo(VirtualUriMapping.Action.PERMANENT);
        assertThat(old.target()).isEqualTo("/relations.html");
        VirtualUriMapping.Match list = mappings.resolve("/old/list.html").orElseThrow();
        assertThat(list.action()).isEqualTo(VirtualUriMapping.Action.REDIRECT);
        assertThat(list.mapping().name()).isEqualTo("old-list");
        assertThat(mappings.resolve("/oicc").orElseThrow().target()).isEqualTo("https://www.oicc.org/");
        assertThat(mappings.resolve("/oicc/x")).isEmpty();
    }

    @Test
    void aForwardThatComesBackToItselfIsRefusedAtStart() throws IOException {
        Path module = module();
        write(module, "virtualUriMappings/loop.yaml", REGEXP + "fromUri: ^/(.*)\\.html$\ntoUri: forward:/$1.html\n");

        assertProblem(module, "virtualUriMappings/loop.yaml:1: virtual URI mapping loop forwards in a loop");
    }

    @Test
    void twoForwardsFeedingEachOtherAreRefusedAtStart() throws IOException {
        Path module = module();
        write(module, "virtualUriMappings/a.yaml", REGEXP + "fromUri: ^/a/([a-z]+)\\.html$\ntoUri: forward:/b/$1.html\n");
        write(module, "virtualUriMappings/b.yaml", REGEXP + "fromUri: ^/b/([a-z]+)\\.html$\ntoUri: forward:/a/$1.html\n");

        assertProblem(module, "virtualUriMappings/a.yaml:1: virtual URI mapping a forwards in a loop",
                "virtualUriMappings/b.yaml:1: virtual URI mapping b forwards in a loop");
    }

    @Test
    void theTargetQueryIsCheckedAtStart() throws IOException {
        Path module = module();
        write(module, "virtualUriMappings/many.yaml", REGEXP + "fromUri: ^/x/(a)\\.html$\ntoUri: forward:/relations.html?"
                + "a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9\n");
        write(module, "virtualUriMappings/group.yaml", REGEXP + "fromUri: ^/y/([a-z]+)\\.html$\ntoUri: forward:/relations.html?item=$2\n");
        write(module, "virtualUriMappings/escape.yaml", REGEXP + "fromUri: ^/z/([a-z]+)\\.html$\n"
                + "toUri: forward:/relations.html?item=%2e%2e\n");
        write(module, "virtualUriMappings/twice.yaml", REGEXP + "fromUri: ^/w/([a-z]+)\\.html$\n"
                + "toUri: forward:/relations.html?item=$1&item=x\n");
        write(module, "virtualUriMappings/default-group.yaml", DEFAULT + "fromUri: /v/*\ntoUri: forward:/relations.html?item=$1\n");
        write(module, "virtualUriMappings/path.yaml", REGEXP + "fromUri: ^/u/([a-z]+)$\ntoUri: forward:https://elsewhere.example/\n");

        assertProblem(module,
                "virtualUriMappings/many.yaml:3: toUri 'forward:/relations.html?a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9' passes 9 "
                        + "parameters (at most 8)",
                "virtualUriMappings/group.yaml:3: toUri 'forward:/relations.html?item=$2' refers to group $2 but fromUri has 1 group(s)",
                "virtualUriMappings/escape.yaml:3: toUri 'forward:/relations.html?item=%2e%2e': parameter 'item=%2e%2e' must be",
                "virtualUriMappings/twice.yaml:3: toUri 'forward:/relations.html?item=$1&item=x' passes parameter 'item' twice",
                "virtualUriMappings/default-group.yaml:3: toUri 'forward:/relations.html?item=$1' refers to a group ($1), which only",
                "virtualUriMappings/path.yaml:3: toUri 'forward:https://elsewhere.example/' must name a path of this site");
    }

    @Test
    void mappingClassesThisRuntimeCannotHonourAreStartUpErrors() throws IOException {
        Path module = module();
        write(module, "virtualUriMappings/host.yaml", "class: info.magnolia.virtualuri.mapping.HostBasedVirtualUriMapping\n"
                + "fromUri: /\ntoUri: forward:/relations.html\n");
        write(module, "virtualUriMappings/typo.yaml", "class: info.magnolia.virtualuri.mapping.RegexVirtualUriMapping\n"
                + "fromUri: /\ntoUri: forward:/relations.html\n");
        write(module, "virtualUriMappings/site.yaml", DEFAULT + "fromUri: /s\ntoUri: forward:/relations.html\nsite: travel\n");
        write(module, "virtualUriMappings/bad.yaml", REGEXP + "fromUri: ^/(x\ntoUri: forward:/relations.html\n");

        assertProblem(module,
                "virtualUriMappings/host.yaml:1: mapping class 'info.magnolia.virtualuri.mapping.HostBasedVirtualUriMapping' "
                        + "is not honoured by this runtime",
                "virtualUriMappings/typo.yaml:1: unknown mapping class 'info.magnolia.virtualuri.mapping.RegexVirtualUriMapping'",
                "virtualUriMappings/site.yaml:4: 'site' of a multisite mapping is not honoured",
                "virtualUriMappings/bad.yaml:2: invalid regular expression");
    }

    private static void assertForward(VirtualUriMappings mappings, String uri, String target) {
        VirtualUriMapping.Match m = mappings.resolve(uri).orElseThrow();
        assertThat(m.action()).isEqualTo(VirtualUriMapping.Action.FORWARD);
        assertThat(m.target()).isEqualTo(target);
    }

    private Path module() throws IOException {
        return TestTrees.copy(TestTrees.LIGHT_MODULE, temp.resolve("oicc-relations"));
    }

    private static LightModule load(Path module) {
        return new LightModuleLoader().load(ModuleSource.directory(module));
    }

    private static void write(Path module, String file, String text) throws IOException {
        Files.createDirectories(module.resolve(file).getParent());
        Files.writeString(module.resolve(file), text);
    }

    private static void assertProblem(Path module, String... expected) {
        assertThatThrownBy(() -> load(module))
                .isInstanceOf(DefinitionException.class)
                .satisfies(e -> {
                    var problems = ((DefinitionException) e).problems().stream().map(DefinitionProblem::toString).toList();
                    for (String want : expected) {
                        assertThat(problems).as("problems").anyMatch(p -> p.startsWith(want));
                    }
                });
    }
}
