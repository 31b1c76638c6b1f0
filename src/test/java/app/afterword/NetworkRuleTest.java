// SPDX-License-Identifier: Apache-2.0
package app.afterword;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.store.DataExport;
import app.afterword.fixture.OpensSocket;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The no-network rule of {@link ArchitectureTest} catches what it is meant to, and its allowlist is real. */
class NetworkRuleTest {

    @Test
    void ruleRejectsAClassThatOpensASocket() {
        JavaClasses classes = new ClassFileImporter().importClasses(OpensSocket.class);
        EvaluationResult result = ArchitectureTest.noNetwork.evaluate(classes);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("java.net.Socket");
    }

    @Test
    void ruleAcceptsTheAllowlistedMailtoLinkAndOfflineClasses() throws Exception {
        JavaClasses classes = new ClassFileImporter().importClasses(
            Class.forName("app.afterword.core.export.MailtoLink"), DataExport.class);
        assertThat(ArchitectureTest.noNetwork.evaluate(classes).hasViolation()).isFalse();
    }

    @Test
    void everyAllowlistedClassExistsAndHasAReason() throws ClassNotFoundException {
        for (var e : ArchitectureTest.NETWORK_ALLOWLIST.entrySet()) {
            assertThat(e.getValue()).isNotBlank();
            assertThat(Class.forName(e.getKey()).getName()).isEqualTo(e.getKey());
        }
    }
}
